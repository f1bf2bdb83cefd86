package io.modelwright.core.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LocalExplanationTest {
    private static final List<String> COLUMNS = List.of("age", "city", "income");

    /** score = 2 * age + (city == "Paris" ? 10 : 0); income is ignored. */
    private static double model(Object[] row) {
        double age = row[0] == null ? 0 : (Double) row[0];
        return 2 * age + ("Paris".equals(row[1]) ? 10 : 0);
    }

    @Test
    void contributionIsScoreMinusMeanScoreWithTypicalValues() {
        Object[] row = {40.0, "Paris", 1000.0};
        List<Object[]> background = List.of(new Object[] {20.0, "Rome", 10.0}, new Object[] {30.0, "Paris", 20.0});

        LocalExplanation explanation = LocalExplanation.explain(row, COLUMNS, background, LocalExplanationTest::model);

        // age: 90 - mean(50, 70) = 30; city: 90 - mean(80, 90) = 5; income: 0
        assertThat(explanation.prediction()).isEqualTo(90.0);
        assertThat(explanation.contributions()).extracting(ColumnContribution::column)
                .containsExactly("age", "city", "income");
        assertThat(explanation.contributions().get(0).contribution()).isCloseTo(30, within(1e-12));
        assertThat(explanation.contributions().get(1).contribution()).isCloseTo(5, within(1e-12));
        assertThat(explanation.contributions().get(2).contribution()).isZero();
        assertThat(explanation.contributions().get(0).value()).isEqualTo("40");
        assertThat(row).containsExactly(40.0, "Paris", 1000.0);
    }

    @Test
    void negativeContributionsRankByMagnitude() {
        Object[] row = {10.0, "Rome", Double.NaN};
        List<Object[]> background = List.<Object[]>of(new Object[] {50.0, "Paris", 1.5});

        LocalExplanation explanation = LocalExplanation.explain(row, COLUMNS, background, LocalExplanationTest::model);

        assertThat(explanation.contributions().get(0).column()).isEqualTo("age");
        assertThat(explanation.contributions().get(0).contribution()).isCloseTo(-80, within(1e-12));
        assertThat(explanation.contributions().get(1).contribution()).isCloseTo(-10, within(1e-12));
        assertThat(explanation.contributions().get(2).value()).isEqualTo("(missing)");
    }

    @Test
    void rejectsEmptyBackground() {
        assertThatThrownBy(() -> LocalExplanation.explain(new Object[3], COLUMNS, List.of(), r -> 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("background");
    }
}
