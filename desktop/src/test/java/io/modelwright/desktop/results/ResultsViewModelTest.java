package io.modelwright.desktop.results;

import io.modelwright.core.eval.ConfusionMatrix;
import io.modelwright.desktop.history.RunHistory;
import io.modelwright.desktop.history.TrainingRun;
import io.modelwright.desktop.testing.TrainedRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsViewModelTest {
    private static TrainingRun run;

    @BeforeAll
    static void train() {
        run = TrainedRuns.iris(new RunHistory(), "logistic-regression");
    }

    @Test
    void confusionMatrixCountsEveryRowOnce() {
        ResultsViewModel results = new ResultsViewModel(run, run.request().table());

        ConfusionMatrix matrix = results.classification().confusionMatrix();
        assertThat(matrix.classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(matrix.total()).isEqualTo(150);
    }

    @Test
    void cardsShowMeanAndSpreadWithAnExplanation() {
        ResultsViewModel results = new ResultsViewModel(run, run.request().table());

        MetricCard accuracy = results.cards().stream().filter(c -> c.metric().equals("accuracy")).findFirst().orElseThrow();
        assertThat(accuracy.title()).isEqualTo("Accuracy");
        assertThat(accuracy.value()).matches("0\\.\\d{3} ± 0\\.\\d{3}");
        assertThat(accuracy.explanation()).contains("share of rows");
        assertThat(run.mainMean()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void selectingACellListsTheRowsBehindIt() {
        ResultsViewModel results = new ResultsViewModel(run, run.request().table());
        ConfusionMatrix matrix = results.classification().confusionMatrix();

        results.selectCell(0, 0);

        assertThat(results.cellRows()).hasSize((int) matrix.count(0, 0));
        assertThat(results.cellRows()).allMatch(row -> run.request().table().column("species").text(row).equals("setosa"));
        assertThat(results.cellCaptionProperty().get()).endsWith("setosa, predicted correctly.");
    }

    @Test
    void curvesAndImportancesAreReadyForTheCharts() {
        ResultsViewModel results = new ResultsViewModel(run, run.request().table());

        assertThat(results.rocSeries()).hasSize(3).allMatch(s -> s.name().contains("AUC"));
        assertThat(results.precisionRecallSeries()).hasSize(3);
        assertThat(results.calibrationSeries().get(0).points()).isNotEmpty();
        assertThat(results.topImportances().keySet()).containsExactlyInAnyOrder(
                "sepal_length", "sepal_width", "petal_length", "petal_width");
    }
}
