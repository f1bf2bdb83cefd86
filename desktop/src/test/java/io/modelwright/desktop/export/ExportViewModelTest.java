package io.modelwright.desktop.export;

import io.modelwright.desktop.history.RunHistory;
import io.modelwright.desktop.history.TrainingRun;
import io.modelwright.desktop.testing.TrainedRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportViewModelTest {
    static final Path IRIS_CSV = Path.of("..", "sample-data", "iris.csv").toAbsolutePath().normalize();
    private static TrainingRun run;

    @TempDir
    Path exports;

    @BeforeAll
    static void train() {
        run = TrainedRuns.iris(new RunHistory(), "logistic-regression");
    }

    private ExportViewModel wizard() {
        return new ExportViewModel(List.of(run), run, IRIS_CSV, exports, Runnable::run,
                error -> { throw new AssertionError(error); });
    }

    @Test
    void suggestsANameFolderIntendedUseAndLimitationsFromTheRun() {
        ExportViewModel wizard = wizard();

        assertThat(wizard.nameProperty().get()).isEqualTo("iris-species");
        assertThat(wizard.folderProperty().get()).isEqualTo(exports.resolve("iris-species-1").toString());
        assertThat(wizard.intendedUseProperty().get()).startsWith("Predicts the species from sepal_length");
        assertThat(wizard.limitationsProperty().get()).contains("150 rows of iris.csv").contains("accuracy was 0.9");
        assertThat(wizard.checkPlan()).contains("150 held-out rows");
        assertThat(wizard.canExport().get()).isTrue();
    }

    @Test
    void aNameThatCannotBeInAUrlIsRefusedAndTheFolderFollowsTheName() {
        ExportViewModel wizard = wizard();

        wizard.nameProperty().set("my model!");
        assertThat(wizard.canExport().get()).isFalse();
        assertThat(wizard.problemProperty().get()).contains("letters, digits");

        wizard.nameProperty().set("flowers");
        assertThat(wizard.canExport().get()).isTrue();
        assertThat(wizard.folderProperty().get()).endsWith("flowers-1");
    }

    @Test
    void heldOutRowsAreTheValidatedRowsWithTheAppsOwnPredictions() {
        var request = RunExportRequests.from(run, new ExportDetails("iris", "1", "use", "limits"),
                run.request().table() == null ? null : IRIS_CSV);

        assertThat(request.heldOut()).hasSize(150);
        assertThat(request.heldOut().get(0).row()).containsOnlyKeys("sepal_length", "sepal_width", "petal_length",
                "petal_width");
        assertThat(request.heldOut().get(0).expected().label()).isEqualTo("setosa");
        assertThat(request.trainingData().sha256()).hasSize(64);
        assertThat(request.intendedUse()).isEqualTo("use");
        assertThat(request.modelName()).isEqualTo("iris");
    }
}
