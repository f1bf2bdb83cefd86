package io.modelwright.desktop.data;

import io.modelwright.core.train.Task;
import io.modelwright.desktop.testing.TestTables;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnRolesTest {
    private final ColumnRoles roles = new ColumnRoles(TestTables.iris().table());

    @Test
    void everyColumnStartsAsAFeatureAndNoTargetSuggestsClustering() {
        assertThat(roles.roles().values()).containsOnly(ColumnRole.FEATURE);
        assertThat(roles.suggestedTaskProperty().get()).isEqualTo(Task.CLUSTERING);
    }

    @Test
    void aCategoricalTargetSuggestsClassificationANumericOneRegression() {
        roles.targetProperty().set("species");
        assertThat(roles.suggestedTaskProperty().get()).isEqualTo(Task.CLASSIFICATION);
        assertThat(roles.roleOf("species")).isEqualTo(ColumnRole.TARGET);

        roles.setRole("petal_width", ColumnRole.TARGET);
        assertThat(roles.suggestedTaskProperty().get()).isEqualTo(Task.REGRESSION);
        assertThat(roles.roleOf("species")).isEqualTo(ColumnRole.FEATURE);
    }

    @Test
    void ignoringTheTargetClearsIt() {
        roles.targetProperty().set("species");
        roles.setRole("species", ColumnRole.IGNORE);

        assertThat(roles.targetProperty().get()).isNull();
        assertThat(roles.ignoredColumns()).containsExactly("species");
    }
}
