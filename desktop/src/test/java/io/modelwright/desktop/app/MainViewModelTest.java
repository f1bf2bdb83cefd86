package io.modelwright.desktop.app;

import io.modelwright.core.data.ImportResult;
import io.modelwright.desktop.data.DataViewModel;
import io.modelwright.desktop.data.LoadingViewModel;
import io.modelwright.desktop.start.RecentFiles;
import io.modelwright.desktop.start.SampleLibrary;
import io.modelwright.desktop.testing.FxThread;
import io.modelwright.desktop.testing.TestTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainViewModelTest {
    @TempDir
    Path home;
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeAll
    static void startFx() throws Exception {
        FxThread.start();
    }

    private MainViewModel mainViewModel() {
        // The loader echoes the file it was given, as a small table.
        LoadingViewModel loading = new LoadingViewModel((file, progress, cancel) -> {
            ImportResult iris = TestTables.smallIris();
            return new ImportResult(file, iris.dialect(), iris.table(), iris.profiles(), iris.warnings(), 0);
        }, Runnable::run, errors::add);
        return new MainViewModel(loading, new SampleLibrary(home.resolve("samples")),
                new RecentFiles(home.resolve("recent-files.txt")), Runnable::run, errors::add);
    }

    @Test
    void startsOnTheStartScreen() {
        MainViewModel main = mainViewModel();

        assertThat(main.screenProperty().get()).isEqualTo(Screen.START);
        assertThat(main.titleProperty().get()).isEqualTo("Modelwright");
        assertThat(main.dataProperty().get()).isNull();
    }

    @Test
    void openingAFileShowsTheDataScreenAndRemembersTheFile() throws Exception {
        Path file = Files.writeString(home.resolve("sales.csv"), "a\n1\n");
        MainViewModel main = mainViewModel();

        FxThread.run(() -> main.open(file));
        FxThread.waitUntil(() -> main.screenProperty().get() == Screen.DATA);

        assertThat(main.dataProperty().get().fileName()).isEqualTo("sales.csv");
        assertThat(main.titleProperty().get()).isEqualTo("sales.csv – Modelwright");
        assertThat(main.recentFiles().files()).containsExactly(file.toAbsolutePath());
        assertThat(errors).isEmpty();
    }

    @Test
    void theDataScreenShownIsTheOnePreparedWhileLoading() throws Exception {
        Path file = Files.writeString(home.resolve("sales.csv"), "a\n1\n");
        MainViewModel main = mainViewModel();
        List<DataViewModel> prepared = new ArrayList<>();
        main.prepareScreensWith(prepared::add);

        FxThread.run(() -> main.open(file));
        FxThread.waitUntil(() -> main.screenProperty().get() == Screen.DATA);

        assertThat(prepared).hasSize(1);
        assertThat(main.dataProperty().get()).isSameAs(prepared.get(0));
        // The Train screen works on the same column roles as the Data screen it was prepared with.
        assertThat(main.trainProperty().get().roles()).isSameAs(prepared.get(0).roles());
    }

    @Test
    void aSampleOpensFromItsExtractedCopyAndIsNotARecentFile() throws Exception {
        MainViewModel main = mainViewModel();

        FxThread.run(() -> main.openSample(main.samples().samples().get(0)));
        FxThread.waitUntil(() -> main.screenProperty().get() == Screen.DATA);

        assertThat(main.dataProperty().get().fileName()).isEqualTo("iris.csv");
        assertThat(main.recentFiles().files()).isEmpty();
    }

    @Test
    void backToStartKeepsTheData() throws Exception {
        Path file = Files.writeString(home.resolve("a.csv"), "a\n1\n");
        MainViewModel main = mainViewModel();
        FxThread.run(() -> main.open(file));
        FxThread.waitUntil(() -> main.screenProperty().get() == Screen.DATA);

        FxThread.run(main::showStart);

        assertThat(main.screenProperty().get()).isEqualTo(Screen.START);
        assertThat(main.dataProperty().get()).isNotNull();
    }
}
