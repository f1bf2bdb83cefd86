package io.modelwright.core.train;

import io.modelwright.core.data.DataTable;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.CancelledException;
import io.modelwright.core.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingEngineTest {
    private final TrainingEngine engine = new TrainingEngine();

    private TrainingResult run(TrainingRequest request) {
        return engine.run(request, ProgressListener.NONE, CancellationToken.create());
    }

    @Test
    void logisticRegressionIsAtLeast95PercentAccurateOnBreastCancer() {
        TrainingResult r = run(TrainingRequest.builder().table(SampleTables.load("breast_cancer"))
                .target("diagnosis").algorithm("logistic-regression").finalModel(false).build());
        assertThat(r.task()).isEqualTo(Task.CLASSIFICATION);
        assertThat(r.validation()).isEqualTo("cv:5");
        assertThat(r.mean().get("accuracy")).isGreaterThanOrEqualTo(0.95);
        assertThat(r.mean()).containsKeys("balancedAccuracy", "macroF1", "auc", "logLoss");
        assertThat(r.mean().get("auc")).isGreaterThan(0.98);
    }

    @Test
    void logisticRegressionIsAtLeast95PercentAccurateOnIrisWithSpreadPerFold() {
        TrainingResult r = run(TrainingRequest.builder().table(SampleTables.load("iris")).target("species")
                .algorithm("logistic-regression").build());
        assertThat(r.mean().get("accuracy")).isGreaterThanOrEqualTo(0.95);
        assertThat(r.folds()).hasSize(5);
        assertThat(r.foldValues("accuracy")).hasSize(5).doesNotContain(Double.NaN);
        assertThat(r.std().get("accuracy")).isGreaterThan(0);
        assertThat(r.std().get("logLoss")).isGreaterThan(0);
        assertThat(r.outOfFold()).hasSize(150);
        assertThat(r.outOfFold().get(0).probabilities()).hasSize(3);
        assertThat(r.classes()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(r.model()).isNotNull();
        assertThat(r.featurizerSpec().inputNames()).containsExactly("sepal_length", "sepal_width", "petal_length",
                "petal_width");
        assertThat(r.importanceKind()).isEqualTo("weight");
        assertThat(r.importances()).containsKey("petal_width");
        assertThat(r.provenanceJson()).contains("LogisticRegressionTrainer").doesNotContain(System.getProperty("user.dir"));
    }

    @Test
    void randomForestExplainsAtLeast80PercentOfCarsMileage() {
        DataTable cars = SampleTables.drop(SampleTables.load("cars"), "Name");
        TrainingResult r = run(TrainingRequest.builder().table(cars).target("Miles_per_Gallon")
                .algorithm("random-forest").build());
        assertThat(r.task()).isEqualTo(Task.REGRESSION);
        assertThat(r.mean().get("r2")).isGreaterThanOrEqualTo(0.80);
        assertThat(r.rowsDropped()).isEqualTo(8); // cars with no mileage
        assertThat(r.warnings().get(0)).contains("8 rows were left out").contains("Miles_per_Gallon");
        assertThat(r.importanceKind()).isEqualTo("gain");
        assertThat(r.importances()).isNotEmpty();
    }

    @Test
    void kmeansFindsThePenguinSpeciesFarAboveChance() {
        DataTable penguins = SampleTables.drop(SampleTables.load("penguins"), "island", "sex", "year");
        TrainingResult r = run(TrainingRequest.builder().table(penguins).task(Task.CLUSTERING).target("species")
                .algorithm("kmeans").set("k", "3").finalModel(false).build());
        assertThat(r.featureColumns()).containsExactly("bill_length_mm", "bill_depth_mm", "flipper_length_mm",
                "body_mass_g");
        // Cluster ids are arbitrary per fold's model, so compare each fold's clusters with the species.
        for (FoldResult fold : r.folds()) {
            List<OutOfFoldPrediction> rows = r.outOfFold().stream().filter(p -> p.fold() == fold.fold()).toList();
            String[] truth = rows.stream().map(OutOfFoldPrediction::truth).toArray(String[]::new);
            String[] clusters = rows.stream().map(OutOfFoldPrediction::predicted).toArray(String[]::new);
            List<String> shuffled = new ArrayList<>(List.of(clusters));
            Collections.shuffle(shuffled, new Random(1));
            double nmi = TestNmi.of(truth, clusters);
            double chance = TestNmi.of(truth, shuffled.toArray(String[]::new));
            assertThat(nmi).as("fold %d", fold.fold()).isGreaterThan(0.45).isGreaterThan(5 * chance);
            assertThat(fold.metrics().get("nmi")).isCloseTo(nmi, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(r.mean().get("silhouette")).isGreaterThan(0.2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"logistic-regression", "random-forest", "xgboost"})
    void sameDataSettingsAndSeedGiveIdenticalResults(String algorithm) {
        TrainingRequest request = TrainingRequest.builder().table(SampleTables.load("penguins")).target("species")
                .algorithm(algorithm).seed(7).build();
        TrainingResult a = run(request);
        TrainingResult b = run(request);
        assertThat(b.folds()).extracting(FoldResult::metrics).isEqualTo(a.folds().stream().map(FoldResult::metrics).toList());
        for (int i = 0; i < a.outOfFold().size(); i++) {
            OutOfFoldPrediction x = a.outOfFold().get(i), y = b.outOfFold().get(i);
            assertThat(y.predicted()).isEqualTo(x.predicted());
            assertThat(y.probabilities()).containsExactly(x.probabilities());
        }
        assertThat(b.hyperparameters()).isEqualTo(a.hyperparameters());
        TrainingResult other = run(request.toBuilder().seed(8).build());
        assertThat(other.outOfFold().stream().map(OutOfFoldPrediction::probabilities).toList())
                .as("a different seed changes the splits").isNotEqualTo(a.outOfFold().stream()
                        .map(OutOfFoldPrediction::probabilities).toList());
    }

    @Test
    void stratifiedFoldsKeepEachClassShareWithinOneRow() {
        TrainingRequest request = TrainingRequest.builder().table(SampleTables.load("penguins")).target("species")
                .algorithm("dummy").build();
        TargetColumn target = TrainingEngine.target(request);
        int[] rows = target.usableRows(request.table().rowCount());
        List<Fold> folds = TrainingEngine.folds(request, target, rows);
        Map<String, Integer> overall = counts(target, rows);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (Fold f : folds) {
            Map<String, Integer> inFold = counts(target, f.testRows());
            for (Map.Entry<String, Integer> e : overall.entrySet()) {
                double expected = (double) e.getValue() * f.testRows().length / rows.length;
                assertThat((double) inFold.getOrDefault(e.getKey(), 0)).as("fold %d class %s", f.index(), e.getKey())
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1.0));
            }
            for (int r : f.testRows()) {
                assertThat(seen.add(r)).as("row %d is tested once", r).isTrue();
            }
            assertThat(f.trainRows().length + f.testRows().length).isEqualTo(rows.length);
        }
        assertThat(seen).hasSize(rows.length);
    }

    @Test
    void holdOutIsStratifiedAndSeeded() {
        TrainingResult r = run(TrainingRequest.builder().table(SampleTables.load("iris")).target("species")
                .algorithm("cart").validation(ValidationScheme.parse("holdout:0.2")).build());
        assertThat(r.folds()).singleElement().satisfies(f -> assertThat(f.testRows()).isEqualTo(30));
        Map<String, Integer> perClass = new TreeMap<>();
        r.outOfFold().forEach(p -> perClass.merge(p.truth(), 1, Integer::sum));
        assertThat(perClass).containsValues(10, 10, 10);
    }

    @Test
    void reportsProgressPerFoldAndStopsWhenCancelled() {
        TrainingRequest request = TrainingRequest.builder().table(SampleTables.load("iris")).target("species")
                .algorithm("logistic-regression").build();
        List<String> messages = new ArrayList<>();
        CancellationToken token = CancellationToken.create();
        assertThatThrownBy(() -> engine.run(request, (done, total, message) -> {
            messages.add(message);
            if (message.equals("Fold 2 of 5")) {
                token.cancel();
            }
        }, token)).isInstanceOf(CancelledException.class);
        assertThat(messages).containsExactly("Fold 1 of 5", "Fold 2 of 5");
        List<String> all = new ArrayList<>();
        run(request);
        engine.run(request, (d, t, m) -> all.add(d + "/" + t + " " + m), CancellationToken.create());
        assertThat(all).startsWith("0/6 Fold 1 of 5").contains("5/6 Final model on all 150 rows").endsWith("6/6 Done");
    }

    private static Map<String, Integer> counts(TargetColumn target, int[] rows) {
        Map<String, Integer> out = new TreeMap<>();
        for (int r : rows) {
            out.merge(target.truthText(r), 1, Integer::sum);
        }
        return out;
    }
}
