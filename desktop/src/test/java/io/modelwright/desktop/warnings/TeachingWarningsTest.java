package io.modelwright.desktop.warnings;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.train.Task;
import io.modelwright.core.train.ValidationScheme;
import io.modelwright.desktop.testing.TestTables;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TeachingWarningsTest {
    private static final DataTable IRIS = TestTables.iris().table();

    @Test
    void clusteringWithoutATargetNamesTheColumnThatLooksLikeTheAnswer() {
        assertThat(TeachingWarnings.forTraining(IRIS, null, Task.CLUSTERING, List.of(), ValidationScheme.crossValidation(5)))
                .singleElement().asString()
                .startsWith("No target is picked")
                .contains("including 'species'", "pick it as the target", "set its role to ignore");
    }

    @Test
    void clusteringWithTheLabelIgnoredOrWithoutAnyLabelLikeColumnNeedsNoWarning() {
        assertThat(TeachingWarnings.forTraining(IRIS, null, Task.CLUSTERING, List.of("species"),
                ValidationScheme.crossValidation(5))).isEmpty();
        DataTable numbersOnly = TestTables.numbers(10).table();
        assertThat(TeachingWarnings.forTraining(numbersOnly, null, Task.CLUSTERING, List.of(),
                ValidationScheme.crossValidation(5))).isEmpty();
    }

    @Test
    void irisWithFiveFoldsNeedsNoWarning() {
        assertThat(TeachingWarnings.forTraining(IRIS, "species", Task.CLASSIFICATION, List.of(),
                ValidationScheme.crossValidation(5))).isEmpty();
    }

    @Test
    void aColumnThatGivesTheTargetAwayIsNamedUntilItIsLeftOut() {
        CategoricalColumn species = (CategoricalColumn) IRIS.column("species");
        List<Column> columns = new ArrayList<>(IRIS.columns());
        columns.add(new CategoricalColumn("species_code", species.type(), species.reason(), species.codes(),
                species.levels(), species.missingCount()));
        DataTable leaky = new DataTable(columns, IRIS.rowCount());

        assertThat(TeachingWarnings.forTraining(leaky, "species", Task.CLASSIFICATION, List.of(),
                ValidationScheme.crossValidation(5))).singleElement().asString()
                .startsWith("Possible target leakage: Knowing 'species_code'");
        assertThat(TeachingWarnings.forTraining(leaky, "species", Task.CLASSIFICATION, List.of("species_code"),
                ValidationScheme.crossValidation(5))).isEmpty();
    }

    @Test
    void aClassWithFewerRowsThanFoldsIsNamed() {
        assertThat(TeachingWarnings.forTraining(IRIS, "species", Task.CLASSIFICATION, List.of(),
                ValidationScheme.crossValidation(60))).hasSize(3)
                .first().asString().startsWith("The class 'setosa' has only 50 rows, fewer than the 60 folds");
    }
}
