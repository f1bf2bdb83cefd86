package io.modelwright.core.train;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.runtime.schema.ColumnType;
import org.junit.jupiter.api.Test;
import org.tribuo.Output;
import org.tribuo.classification.Label;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TargetColumnTest {

    @Test
    void rowsOfOneClassShareOneLabelEqualToTheLabelOfTheirText() {
        CategoricalColumn species = new CategoricalColumn("species", ColumnType.CATEGORICAL, "Labels.",
                new int[] {0, 1, 1, 2, 0, 1, 2, 2}, List.of("setosa", "versicolor", "virginica"), 0);
        NumericColumn grade = new NumericColumn("grade", ColumnType.NUMERIC, "Numbers.",
                new double[] {1, 2, 2.5, 1, 2, 2.5, 1, 0}, null, 0);

        for (Column column : List.of(species, grade)) {
            TargetColumn target = new TargetColumn(Task.CLASSIFICATION, column);
            Map<String, Output<?>> first = new java.util.HashMap<>();
            Set<Output<?>> distinct = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (int r = 0; r < column.size(); r++) {
                Output<?> output = target.output(r);
                assertThat(output).as("row %d", r).isEqualTo(new Label(column.text(r)));
                assertThat(output.getSerializableForm(true)).isEqualTo(new Label(column.text(r))
                        .getSerializableForm(true));
                assertThat(output).isSameAs(first.computeIfAbsent(column.text(r), t -> output));
                distinct.add(output);
            }
            assertThat(distinct).hasSize(target.classes().size());
        }
    }

    @Test
    void clusteringAndAnomalyRowsShareTheirPlaceholderOutput() {
        TargetColumn clustering = new TargetColumn(Task.CLUSTERING, null);
        TargetColumn anomaly = new TargetColumn(Task.ANOMALY, null);

        assertThat(clustering.output(0)).isSameAs(clustering.output(1))
                .isEqualTo(new org.tribuo.clustering.ClusterID(org.tribuo.clustering.ClusterID.UNASSIGNED));
        assertThat(anomaly.output(0)).isSameAs(anomaly.output(1))
                .isEqualTo(new org.tribuo.anomaly.Event(org.tribuo.anomaly.Event.EventType.EXPECTED));
    }
}
