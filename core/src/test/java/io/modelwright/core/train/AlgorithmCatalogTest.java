package io.modelwright.core.train;

import io.modelwright.core.data.DataTable;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribuo.Trainer;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlgorithmCatalogTest {

    @Test
    void hasExactlyTheAgreedIdsPerTask() {
        assertThat(AlgorithmCatalog.idsFor(Task.CLASSIFICATION)).containsExactly("logistic-regression", "linear-sgd",
                "factorization-machine", "liblinear", "libsvm", "cart", "random-forest", "extra-trees", "xgboost",
                "adaboost", "knn", "naive-bayes", "dummy");
        assertThat(AlgorithmCatalog.idsFor(Task.REGRESSION)).containsExactlyInAnyOrder("linear-sgd",
                "factorization-machine", "liblinear", "libsvm", "cart", "random-forest", "extra-trees", "xgboost",
                "knn", "dummy", "elastic-net", "lars-lasso");
        assertThat(AlgorithmCatalog.idsFor(Task.CLUSTERING)).containsExactly("kmeans", "hdbscan");
        assertThat(AlgorithmCatalog.idsFor(Task.ANOMALY)).containsExactly("one-class-svm", "liblinear-anomaly");
    }

    @Test
    void discoversHyperparametersFromTribuoConfigFields() {
        AlgorithmSpec xgb = AlgorithmCatalog.find(Task.CLASSIFICATION, "xgboost");
        Hyperparameter depth = xgb.hyperparameter("maxDepth");
        assertThat(depth.javaType()).isEqualTo("int");
        assertThat(depth.defaultValue()).isEqualTo("6");
        assertThat(depth.description()).containsIgnoringCase("depth");
        assertThat(depth.source()).isEqualTo("XGBoostTrainer.maxDepth");
        Hyperparameter kernel = AlgorithmCatalog.find(Task.CLASSIFICATION, "libsvm").hyperparameter("kernelType");
        assertThat(kernel.allowedValues()).contains("RBF", "LINEAR");
        assertThat(AlgorithmCatalog.find(Task.CLASSIFICATION, "adaboost").hyperparameter("minChildWeight")
                .defaultValue()).isEqualTo("1.0E-9");
        assertThat(AlgorithmCatalog.find(Task.CLASSIFICATION, "random-forest").hyperparameter("numTrees")
                .defaultValue()).isEqualTo("50");
        for (AlgorithmSpec a : AlgorithmCatalog.all()) {
            assertThat(a.description()).as(a.id()).isNotBlank();
            a.hyperparameters().forEach(h -> assertThat(h.defaultValue()).as(a.id() + " " + h.name()).isNotNull());
        }
    }

    @Test
    void xgboostAlwaysUsesTheHistogramTreeMethod() {
        for (Task t : List.of(Task.CLASSIFICATION, Task.REGRESSION)) {
            Trainer<?> trainer = AlgorithmCatalog.find(t, "xgboost").createTrainer(Map.of("maxDepth", "3"), 1);
            assertThat(trainer.toString()).contains("tree_method=hist").contains("max_depth=3");
            // Random forest passes XGBoost's own parameters through overrideParameters, which provenance records.
            assertThat(AlgorithmCatalog.find(t, "random-forest").createTrainer(Map.of("numTrees", "7"), 1)
                    .getProvenance().toString()).contains("tree_method=hist").contains("num_parallel_tree=7");
        }
    }

    @Test
    void xgboostUsesEveryCoreUpToFourOnlyWhenOpenMpThreadsSleepWhileWaiting() {
        assertThat(AlgorithmCatalog.xgboostThreads("PASSIVE", 2)).isEqualTo(2);
        assertThat(AlgorithmCatalog.xgboostThreads("passive", 16)).isEqualTo(4);
        assertThat(AlgorithmCatalog.xgboostThreads("PASSIVE", 1)).isEqualTo(1);
        assertThat(AlgorithmCatalog.xgboostThreads(null, 8)).as("unset: spinning threads").isEqualTo(1);
        assertThat(AlgorithmCatalog.xgboostThreads("ACTIVE", 8)).isEqualTo(1);
        String expected = Integer.toString(AlgorithmCatalog.xgboostThreads(System.getenv("OMP_WAIT_POLICY"),
                Runtime.getRuntime().availableProcessors()));
        assertThat(AlgorithmCatalog.find(Task.CLASSIFICATION, "xgboost").hyperparameter("nThread").defaultValue())
                .isEqualTo(expected);
        assertThat(AlgorithmCatalog.find(Task.REGRESSION, "random-forest").hyperparameter("nThread").defaultValue())
                .isEqualTo(expected);
    }

    @Test
    void setsNestedSettingsOnAFreshTrainerEachTime() {
        AlgorithmSpec trees = AlgorithmCatalog.find(Task.CLASSIFICATION, "extra-trees");
        Trainer<?> a = trees.createTrainer(Map.of("maxDepth", "3", "numTrees", "5"), 1);
        Trainer<?> b = trees.createTrainer(Map.of(), 1);
        assertThat(a).isNotSameAs(b);
        assertThat(a.getProvenance().toString()).contains("maxDepth=3").contains("numMembers=5");
        assertThat(b.getProvenance().toString()).contains("maxDepth=12");
    }

    @Test
    void rejectsUnknownAndOutOfRangeSettingsInWords() {
        AlgorithmSpec knn = AlgorithmCatalog.find(Task.CLASSIFICATION, "knn");
        assertThat(knn.problems(Map.of("depth", "3"))).singleElement().asString()
                .contains("no setting 'depth'").contains("k");
        assertThat(knn.problems(Map.of("k", "0"))).singleElement().asString()
                .contains("k='0'").contains("a whole number from 1 to 10000");
        assertThat(knn.problems(Map.of("k", "three"))).singleElement().asString().contains("whole number");
        assertThatThrownBy(() -> AlgorithmCatalog.find(Task.REGRESSION, "adaboost"))
                .hasMessageContaining("is for classification, not regression").hasMessageContaining("elastic-net");
        assertThatThrownBy(() -> AlgorithmCatalog.find(Task.CLASSIFICATION, "svm"))
                .hasMessageContaining("Unknown algorithm 'svm'").hasMessageContaining("libsvm");
    }

    static Stream<AlgorithmSpec> everyAlgorithm() {
        return AlgorithmCatalog.all().stream();
    }

    @ParameterizedTest
    @MethodSource("everyAlgorithm")
    void everyAlgorithmTrainsAndPredictsWithItsDefaults(AlgorithmSpec algorithm) {
        DataTable table = switch (algorithm.task()) {
            case CLASSIFICATION, ANOMALY -> SampleTables.load("iris");
            case REGRESSION -> SampleTables.drop(SampleTables.load("cars"), "Name");
            case CLUSTERING -> SampleTables.drop(SampleTables.load("penguins"), "island", "sex", "year");
        };
        String target = switch (algorithm.task()) {
            case CLASSIFICATION -> "species";
            case REGRESSION -> "Miles_per_Gallon";
            case CLUSTERING, ANOMALY -> null;
        };
        TrainingRequest request = TrainingRequest.builder().table(table).target(target).task(algorithm.task())
                .algorithm(algorithm.id()).validation(ValidationScheme.holdout(0.3))
                .ignore(algorithm.task() == Task.CLUSTERING ? List.of("species") : List.of()).build();
        long start = System.nanoTime();
        TrainingResult result = new TrainingEngine().run(request, ProgressListener.NONE, CancellationToken.create());
        System.out.printf("%-15s %-22s %6d ms %s%n", algorithm.task().id(), algorithm.id(),
                (System.nanoTime() - start) / 1_000_000, result.mean());
        assertThat(result.model()).isNotNull();
        assertThat(result.outOfFold()).isNotEmpty();
        assertThat(result.provenanceJson()).contains("class-name");
    }
}
