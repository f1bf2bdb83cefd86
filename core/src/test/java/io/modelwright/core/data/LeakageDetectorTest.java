package io.modelwright.core.data;

import io.modelwright.runtime.schema.ColumnType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeakageDetectorTest {

    @Test
    void flagsAColumnThatDeterminesTheTargetButNotAnHonestFeature() {
        int n = 40;
        int[] outcome = new int[n];
        int[] status = new int[n];
        double[] honest = new double[n];
        double[] target = new double[n];
        double[] twin = new double[n];
        for (int i = 0; i < n; i++) {
            outcome[i] = i % 2;
            status[i] = i % 2 == 0 ? 1 : 0; // recorded after the outcome: a relabelling of it
            honest[i] = i % 5;
            target[i] = i * 1.5 + (i % 3);
            twin[i] = target[i] * 2 + 1;
        }
        DataTable table = new DataTable(List.of(
                new CategoricalColumn("outcome", ColumnType.CATEGORICAL, "", outcome, List.of("no", "yes"), 0),
                new CategoricalColumn("status", ColumnType.CATEGORICAL, "", status, List.of("open", "closed"), 0),
                new NumericColumn("honest", ColumnType.INTEGER, "", honest, null, 0),
                new NumericColumn("amount", ColumnType.NUMERIC, "", target, null, 0),
                new NumericColumn("amount_x2", ColumnType.NUMERIC, "", twin, null, 0)), n);

        assertThat(LeakageDetector.leakageSuspects(table, "outcome")).extracting(DataWarning::column)
                .containsExactly("status");
        assertThat(LeakageDetector.leakageSuspects(table, "amount")).extracting(DataWarning::column)
                .containsExactly("amount_x2");
        assertThat(LeakageDetector.leakageSuspects(table, "outcome").get(0).kind())
                .isEqualTo(DataWarning.Kind.LEAKAGE_SUSPECT);
    }

    @Test
    void namesTheColumnsWhenTheTargetIsUnknown() {
        DataTable table = Corpus.load("booleans.csv").table();
        assertThatThrownBy(() -> LeakageDetector.leakageSuspects(table, "nope"))
                .isInstanceOf(UnknownColumnException.class).hasMessageContaining("flag, answer, bit");
    }
}
