package io.modelwright.core.train;

import io.modelwright.core.ModelwrightException;
import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.runtime.schema.ColumnType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingRequestTest {
    private final DataTable iris = SampleTables.load("iris");

    private TrainingRequest.Builder irisRequest() {
        return TrainingRequest.builder().table(iris).target("species");
    }

    @Test
    void fillsSensibleDefaults() {
        TrainingRequest r = irisRequest().build();
        assertThat(r.task()).isEqualTo(Task.CLASSIFICATION);
        assertThat(r.algorithm().id()).isEqualTo("xgboost");
        assertThat(r.seed()).isEqualTo(42);
        assertThat(r.validation()).hasToString("cv:5");
        assertThat(r.stratify()).isTrue();
        assertThat(r.finalModel()).isTrue();
        assertThat(r.featureColumns()).hasSize(4).doesNotContain("species");
        assertThat(TrainingRequest.builder().table(SampleTables.load("cars")).target("Miles_per_Gallon").build()
                .task()).isEqualTo(Task.REGRESSION);
        assertThat(TrainingRequest.builder().table(iris).ignore(List.of("species")).build().task())
                .isEqualTo(Task.CLUSTERING);
        assertThat(TrainingRequest.builder().table(iris).task(Task.CLUSTERING).build().algorithm().id())
                .isEqualTo("kmeans");
        assertThat(TrainingRequest.builder().table(iris).task(Task.ANOMALY).build().algorithm().id())
                .isEqualTo("one-class-svm");
    }

    @Test
    void suggestsClassificationForAWholeNumberTargetWithFewValues() {
        NumericColumn grade = new NumericColumn("grade", ColumnType.INTEGER, "", new double[] {1, 2, 3, 1, 2, 3},
                null, 0);
        assertThat(Task.suggestFor(grade)).isEqualTo(Task.CLASSIFICATION);
        NumericColumn price = new NumericColumn("price", ColumnType.NUMERIC, "", new double[] {1.5, 2, 3}, null, 0);
        assertThat(Task.suggestFor(price)).isEqualTo(Task.REGRESSION);
        assertThat(Task.suggestFor(null)).isEqualTo(Task.CLUSTERING);
    }

    @Test
    void namesAnUnknownTargetColumnAndListsTheColumns() {
        assertThatThrownBy(() -> irisRequest().target("Species").build())
                .isInstanceOf(ModelwrightException.class)
                .hasMessageContaining("no column named 'Species'").hasMessageContaining("sepal_length, sepal_width");
    }

    @Test
    void rejectsATargetWithOneClass() {
        DataTable t = withColumn(new CategoricalColumn("kind", ColumnType.CATEGORICAL, "", new int[150],
                List.of("only"), 0));
        assertThatThrownBy(() -> TrainingRequest.builder().table(t).target("kind").build())
                .hasMessageContaining("only one value ('only')");
    }

    @Test
    void rejectsATargetWithOnlyMissingValues() {
        int[] none = new int[150];
        java.util.Arrays.fill(none, -1);
        DataTable t = withColumn(new CategoricalColumn("kind", ColumnType.EMPTY, "", none, List.of(), 150));
        assertThatThrownBy(() -> TrainingRequest.builder().table(t).target("kind").task(Task.CLASSIFICATION).build())
                .hasMessageContaining("'kind' has no values");
    }

    @Test
    void listsTheValidAlgorithmsForAnUnknownOne() {
        assertThatThrownBy(() -> irisRequest().algorithm("svm").build())
                .hasMessageContaining("Unknown algorithm 'svm'")
                .hasMessageContaining("logistic-regression, linear-sgd");
    }

    @Test
    void saysWhichTaskAnAlgorithmBelongsTo() {
        assertThatThrownBy(() -> irisRequest().algorithm("elastic-net").build())
                .hasMessageContaining("'elastic-net' is for regression, not classification");
    }

    @Test
    void rejectsUnknownSettingsListingTheKnownOnes() {
        assertThatThrownBy(() -> irisRequest().algorithm("knn").set("neighbours", "3").build())
                .hasMessageContaining("no setting 'neighbours'").hasMessageContaining("Its settings are: k.");
    }

    @Test
    void rejectsOutOfRangeAndMistypedValuesSayingTheRange() {
        assertThatThrownBy(() -> irisRequest().algorithm("xgboost").set("maxDepth", "0").build())
                .hasMessageContaining("maxDepth='0'").hasMessageContaining("a whole number from 1 to 30");
        assertThatThrownBy(() -> irisRequest().algorithm("xgboost").set("eta", "fast").build())
                .hasMessageContaining("eta='fast'").hasMessageContaining("a number from");
        assertThatThrownBy(() -> irisRequest().algorithm("libsvm").set("kernelType", "cubic").build())
                .hasMessageContaining("one of LINEAR, POLY, RBF, SIGMOID");
    }

    @Test
    void saysWhichClassHasTooFewRowsForTheFolds() {
        String[] species = {"a", "a", "a", "a", "a", "a", "b", "b", "b", "b", "b", "b", "c", "c", "c", "a"};
        int n = species.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        int[] codes = java.util.Arrays.stream(species).mapToInt(s -> s.charAt(0) - 'a').toArray();
        DataTable t = new DataTable(List.of(new NumericColumn("x", ColumnType.NUMERIC, "", x, null, 0),
                new CategoricalColumn("y", ColumnType.CATEGORICAL, "", codes, List.of("a", "b", "c"), 0)), n);
        assertThatThrownBy(() -> TrainingRequest.builder().table(t).target("y").build())
                .hasMessageContaining("The class 'c' of 'y' has only 3 rows, fewer than the 5 folds")
                .hasMessageContaining("--validation cv:3");
        assertThat(TrainingRequest.builder().table(t).target("y").validation(ValidationScheme.parse("cv:3")).build())
                .isNotNull();
    }

    @Test
    void listsEveryProblemAtOnce() {
        assertThatThrownBy(() -> irisRequest().algorithm("knn").set("k", "-1").ignore(List.of("petals")).build())
                .isInstanceOfSatisfying(TrainingRequestException.class, e -> {
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.getMessage()).startsWith("The training settings have 2 problems:")
                            .contains("Cannot ignore 'petals'").contains("k='-1'");
                });
    }

    @Test
    void needsATargetForClassificationAndRegression() {
        assertThatThrownBy(() -> TrainingRequest.builder().table(iris).task(Task.REGRESSION).build())
                .hasMessageContaining("Regression needs a target column").hasMessageContaining("--target");
        assertThatThrownBy(() -> TrainingRequest.builder().table(iris).target("species").task(Task.REGRESSION).build())
                .hasMessageContaining("Regression predicts a number");
    }

    @Test
    void fallsBackWhereXgboostCannotRun() {
        String arch = System.getProperty("os.arch");
        try {
            System.setProperty("os.arch", "aarch64");
            assertThat(AlgorithmCatalog.defaultFor(Task.CLASSIFICATION).id()).isEqualTo("logistic-regression");
            assertThat(AlgorithmCatalog.defaultFor(Task.REGRESSION).id()).isEqualTo("extra-trees");
            assertThat(ModelComparison.defaults(Task.CLASSIFICATION)).doesNotContain("xgboost", "random-forest");
            assertThatThrownBy(() -> irisRequest().algorithm("random-forest").build())
                    .hasMessageContaining("does not run on this processor (aarch64)");
        } finally {
            System.setProperty("os.arch", arch);
        }
    }

    @Test
    void parsesValidationSchemes() {
        assertThat(ValidationScheme.parse("holdout:0.2").holdoutFraction()).isEqualTo(0.2);
        assertThat(ValidationScheme.parse("CV:10").folds()).isEqualTo(10);
        assertThatThrownBy(() -> ValidationScheme.parse("kfold")).hasMessageContaining("Use cv:K");
        assertThatThrownBy(() -> ValidationScheme.parse("holdout:1.5")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> ValidationScheme.parse("cv:1")).hasMessageContaining("between 2 and 100 folds");
    }

    private DataTable withColumn(io.modelwright.core.data.Column c) {
        List<io.modelwright.core.data.Column> cols = new java.util.ArrayList<>(iris.columns());
        cols.add(c);
        return new DataTable(cols, iris.rowCount());
    }
}
