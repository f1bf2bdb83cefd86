package io.modelwright.desktop.history;

import io.modelwright.desktop.testing.TrainedRuns;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryViewModelTest {
    private final RunHistory history = new RunHistory();
    private final List<TrainingRun> opened = new ArrayList<>();
    private final HistoryViewModel viewModel = new HistoryViewModel(history, opened::add);

    @Test
    void numbersRunsInTheOrderTheyFinished() {
        TrainedRuns.iris(history, "logistic-regression");
        TrainedRuns.iris(history, "cart");

        assertThat(viewModel.runs()).extracting(TrainingRun::title)
                .containsExactly("#1 Logistic regression", "#2 Decision tree");
        assertThat(HistoryViewModel.mainMetricText(viewModel.runs().get(0))).startsWith("accuracy 0.9");
    }

    @Test
    void comparesTwoRunsMetricByMetric() {
        TrainingRun left = TrainedRuns.iris(history, "logistic-regression");
        TrainingRun right = TrainedRuns.iris(history, "cart");

        viewModel.compare(left, right);

        assertThat(viewModel.leftTitleProperty().get()).isEqualTo("#1 Logistic regression");
        assertThat(viewModel.comparison()).extracting(MetricComparison::metric).contains("accuracy", "macroF1");
        assertThat(viewModel.comparison()).filteredOn(c -> c.metric().equals("accuracy"))
                .allMatch(c -> c.left().contains("±") && c.right().contains("±"));
    }

    @Test
    void openingARunShowsItsResults() {
        TrainingRun run = TrainedRuns.iris(history, "logistic-regression");

        viewModel.open(run);

        assertThat(opened).containsExactly(run);
    }
}
