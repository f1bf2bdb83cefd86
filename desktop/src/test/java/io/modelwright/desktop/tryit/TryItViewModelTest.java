package io.modelwright.desktop.tryit;

import io.modelwright.desktop.history.RunHistory;
import io.modelwright.desktop.history.TrainingRun;
import io.modelwright.desktop.testing.FxThread;
import io.modelwright.desktop.testing.TrainedRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class TryItViewModelTest {
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool();
    private static TrainingRun run;

    @BeforeAll
    static void train() throws Exception {
        FxThread.start();
        run = TrainedRuns.iris(new RunHistory(), "logistic-regression");
    }

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    private static TryItViewModel tryIt(AtomicReference<Throwable> failure) throws Exception {
        return FxThread.call(() -> new TryItViewModel(run, EXECUTOR, failure::set, Duration.ofMillis(10)));
    }

    @Test
    void formHasOneFieldPerInputWithTheTrainingRange() throws Exception {
        TryItViewModel tryIt = tryIt(new AtomicReference<>());

        assertThat(tryIt.fields()).extracting(InputField::name)
                .containsExactly("sepal_length", "sepal_width", "petal_length", "petal_width");
        assertThat(tryIt.fields().get(0).kind()).isEqualTo(InputField.Kind.NUMBER);
        assertThat(tryIt.fields().get(0).hint()).isEqualTo("trained on 4.3 – 7.9");
    }

    @Test
    void loadingARowPredictsItsClassWithProbabilitiesAndAnExplanation() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        TryItViewModel tryIt = tryIt(failure);

        FxThread.run(() -> tryIt.loadRow(1));
        FxThread.waitUntil(() -> !tryIt.contributions().isEmpty());

        assertThat(FxThread.call(() -> tryIt.predictionProperty().get())).isEqualTo("setosa");
        assertThat(FxThread.call(() -> tryIt.loadedRowProperty().get())).isEqualTo("row 1 (actual species: setosa)");
        List<ClassScore> scores = FxThread.call(() -> List.copyOf(tryIt.scores()));
        assertThat(scores).extracting(ClassScore::label).containsExactly("setosa", "versicolor", "virginica");
        assertThat(scores.stream().mapToDouble(ClassScore::score).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(FxThread.call(() -> tryIt.contributions().size())).isEqualTo(4);
        assertThat(failure.get()).isNull();
    }

    @Test
    void changingPetalSizeChangesThePredictedClass() throws Exception {
        TryItViewModel tryIt = tryIt(new AtomicReference<>());
        FxThread.run(() -> tryIt.loadRow(1));
        FxThread.waitUntil(() -> "setosa".equals(tryIt.predictionProperty().get()));

        FxThread.run(() -> {
            tryIt.value("petal_length").set("6.5");
            tryIt.value("petal_width").set("2.4");
        });

        FxThread.waitUntil(() -> "virginica".equals(tryIt.predictionProperty().get()));
        assertThat(FxThread.call(() -> tryIt.loadedRowProperty().get())).isEqualTo("edited");
    }

    @Test
    void aValueThatIsNotANumberIsShownOnTheFormNotAsACrash() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        TryItViewModel tryIt = tryIt(failure);
        FxThread.run(() -> tryIt.loadRow(1));
        FxThread.waitUntil(() -> !tryIt.predictionProperty().get().isEmpty());

        FxThread.run(() -> tryIt.value("sepal_width").set("wide"));

        FxThread.waitUntil(() -> tryIt.problemProperty().get().contains("sepal_width"));
        assertThat(FxThread.call(() -> tryIt.predictionProperty().get())).isEqualTo("—");
        assertThat(failure.get()).isNull();
    }
}
