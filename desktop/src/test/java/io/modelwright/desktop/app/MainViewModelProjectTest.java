package io.modelwright.desktop.app;

import io.modelwright.core.project.Project;
import io.modelwright.core.project.RunSummary;
import io.modelwright.desktop.data.LoadingViewModel;
import io.modelwright.desktop.data.TableLoader;
import io.modelwright.desktop.start.RecentFiles;
import io.modelwright.desktop.start.SampleLibrary;
import io.modelwright.desktop.testing.FxThread;
import io.modelwright.desktop.testing.IrisProjects;
import io.modelwright.desktop.train.TrainViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window's model with project files: runs go into the open project, a project's runs fill History. */
class MainViewModelProjectTest {
    @TempDir
    Path folder;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @BeforeAll
    static void startFx() throws Exception {
        FxThread.start();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private MainViewModel mainViewModel() {
        LoadingViewModel loading = new LoadingViewModel(TableLoader.csvImporter(), executor, errors::add);
        return new MainViewModel(loading, new SampleLibrary(folder.resolve("home/samples")),
                new RecentFiles(folder.resolve("home/recent-files.txt")), executor, errors::add);
    }

    @Test
    void withoutAProjectRunsAreNotSaved() {
        MainViewModel main = mainViewModel();

        assertThat(main.project().status().get()).isEqualTo("Not saved: File → New project to keep your runs.");
        assertThat(main.project().runs()).isEmpty();
    }

    @Test
    void aRunTrainedWithAProjectOpenIsSavedInTheProjectFile() throws Exception {
        Path csv = IrisProjects.copyIris(folder);
        MainViewModel main = mainViewModel();
        FxThread.run(() -> main.newProject(folder.resolve("iris-study")));
        FxThread.waitUntil(() -> main.project().fileProperty().get() != null);
        Path projectFile = folder.resolve("iris-study.mwproj");
        assertThat(main.project().fileProperty().get()).isEqualTo(projectFile);
        assertThat(main.titleProperty().get()).isEqualTo("iris-study – Modelwright");

        FxThread.run(() -> main.open(csv));
        FxThread.waitUntil(() -> main.screenProperty().get() == Screen.DATA);
        FxThread.run(() -> {
            TrainViewModel train = main.trainProperty().get();
            train.roles().targetProperty().set("species");
            train.algorithmProperty().set(train.algorithms().stream()
                    .filter(a -> a.id().equals("logistic-regression")).findFirst().orElseThrow());
            train.train();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> FxThread.call(() -> main.project().runs().size() == 1));

        assertThat(errors).isEmpty();
        assertThat(main.titleProperty().get()).isEqualTo("iris.csv – iris-study – Modelwright");
        try (Project reopened = Project.open(projectFile)) {
            assertThat(reopened.listRuns()).extracting(RunSummary::algorithm).containsExactly("logistic-regression");
            assertThat(reopened.dataset().orElseThrow().fileName()).isEqualTo("iris.csv");
        }
    }

    @Test
    void openingAProjectWithTwoRunsListsThemAndOpensItsData() throws Exception {
        Path csv = IrisProjects.copyIris(folder);
        Path projectFile = folder.resolve("two.mwproj");
        IrisProjects.record(projectFile, csv, 1, 2);
        MainViewModel main = mainViewModel();

        FxThread.run(() -> main.openAny(projectFile));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxThread.call(() -> main.dataProperty().get() != null));

        assertThat(main.project().runs()).hasSize(2);
        assertThat(main.dataProperty().get().fileName()).isEqualTo("iris.csv");
        assertThat(main.project().noticeProperty().get()).isEmpty();
        assertThat(main.titleProperty().get()).isEqualTo("iris.csv – two – Modelwright");
        assertThat(errors).isEmpty();

        FxThread.run(() -> main.project().select(main.project().runs().get(0)));
        FxThread.waitUntil(() -> main.project().selectedProperty().get() != null);
        assertThat(main.project().selectedProperty().get().model()).isNotEmpty();
        assertThat(main.project().selectedDetails().get()).startsWith("logistic-regression (cv:3");
    }

    @Test
    void aProjectWhoseDataIsGoneStillShowsItsRunsAndSaysWhy() throws Exception {
        Path csv = IrisProjects.copyIris(folder);
        Path projectFile = folder.resolve("moved.mwproj");
        IrisProjects.record(projectFile, csv, 1, 2);
        Files.delete(csv);
        MainViewModel main = mainViewModel();

        FxThread.run(() -> main.openProject(projectFile));
        FxThread.waitUntil(() -> main.project().runs().size() == 2);

        assertThat(main.screenProperty().get()).isEqualTo(Screen.HISTORY);
        assertThat(main.dataProperty().get()).isNull();
        assertThat(main.project().noticeProperty().get()).contains("iris.csv");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getMessage()).contains("runs are listed in History");
    }
}
