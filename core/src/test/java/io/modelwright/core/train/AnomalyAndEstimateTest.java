package io.modelwright.core.train;

import io.modelwright.core.data.DataTable;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnomalyAndEstimateTest {

    @Test
    void anomalyDetectionMapsTheRarerTargetValueToAnomalousForScoring() {
        DataTable cancer = SampleTables.load("breast_cancer");
        TargetColumn target = new TargetColumn(Task.ANOMALY, cancer.column("diagnosis"));
        assertThat(target.anomalousValue()).isEqualTo("malignant"); // 212 of 569
        TrainingResult r = new TrainingEngine().run(TrainingRequest.builder().table(cancer).target("diagnosis")
                        .task(Task.ANOMALY).algorithm("one-class-svm").validation(ValidationScheme.crossValidation(3))
                        .finalModel(false).build(), ProgressListener.NONE, CancellationToken.create());
        assertThat(r.featureColumns()).doesNotContain("diagnosis");
        assertThat(r.mean()).containsKeys("anomalyRate", "auc");
        assertThat(r.mean().get("auc")).as("better than chance; malignant is not rare here").isGreaterThan(0.55);
        assertThat(r.outOfFold()).extracting(OutOfFoldPrediction::truth).containsOnly("EXPECTED", "ANOMALOUS");
    }

    @Test
    void warnsBeforeTrainingASlowAlgorithmOnLargeData() {
        AlgorithmSpec svm = AlgorithmCatalog.find(Task.CLASSIFICATION, "libsvm");
        ResourceEstimate big = ResourceEstimate.of(svm, 100_000, 20, 4L << 30);
        assertThat(big.bytes()).isGreaterThan(80_000_000L);
        assertThat(big.warnings()).singleElement().asString().contains("gets slow on large data")
                .contains("100,000 rows");
        assertThat(ResourceEstimate.of(AlgorithmCatalog.find(Task.CLASSIFICATION, "xgboost"), 100_000, 20,
                4L << 30).warnings()).isEmpty();
        assertThat(ResourceEstimate.of(AlgorithmCatalog.find(Task.CLASSIFICATION, "xgboost"), 5_000_000, 200,
                1L << 30).warnings()).anySatisfy(w -> assertThat(w).contains("memory"));
        TrainingRequest cars = TrainingRequest.builder().table(SampleTables.load("cars"))
                .target("Miles_per_Gallon").ignore(List.of("Name")).build();
        assertThat(ResourceEstimate.of(cars).features()).isBetween(8, 14);
    }
}
