package io.modelwright.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds columns that give the target away: a column whose value decides the target in every row (while having
 * far fewer values than rows, so it is not just an ID), or a number that moves in lock-step with a numeric target.
 * Such a column usually was recorded after the outcome and would not exist at prediction time.
 */
public final class LeakageDetector {
    /** |correlation| at or above this between a numeric column and a numeric target is suspect. */
    public static final double CORRELATION = 0.99;

    private LeakageDetector() {
    }

    /**
     * @param table  the imported table
     * @param target the column to predict
     * @return one {@link DataWarning.Kind#LEAKAGE_SUSPECT} warning per suspect column
     * @throws UnknownColumnException when {@code target} is not a column of {@code table}
     */
    public static List<DataWarning> leakageSuspects(DataTable table, String target) {
        Column y = table.column(target);
        List<DataWarning> out = new ArrayList<>();
        for (Column x : table.columns()) {
            if (x == y || !x.type().isFeatureByDefault()) {
                continue;
            }
            if (determines(x, y, table.rowCount())) {
                out.add(new DataWarning(DataWarning.Kind.LEAKAGE_SUSPECT, x.name(), "Knowing '" + x.name()
                        + "' gives the value of '" + target + "' in every row. If it is recorded after the outcome, "
                        + "leave it out: the model would look perfect in testing and fail in use."));
            } else if (x instanceof NumericColumn xn && y instanceof NumericColumn yn
                    && Math.abs(correlation(xn.values(), yn.values())) >= CORRELATION) {
                out.add(new DataWarning(DataWarning.Kind.LEAKAGE_SUSPECT, x.name(), "'" + x.name()
                        + "' is almost perfectly correlated with '" + target + "'. Check that it is known before the "
                        + "outcome; otherwise leave it out."));
            }
        }
        return out;
    }

    /** True when equal x always comes with equal y and x has at most half as many distinct values as rows. */
    private static boolean determines(Column x, Column y, int rows) {
        Map<Object, Object> seen = new HashMap<>();
        int pairs = 0;
        for (int r = 0; r < rows; r++) {
            if (x.isMissing(r) || y.isMissing(r)) {
                continue;
            }
            pairs++;
            Object previous = seen.putIfAbsent(key(x, r), key(y, r));
            if (previous != null && !previous.equals(key(y, r))) {
                return false;
            }
        }
        return pairs >= 10 && seen.size() * 2 <= pairs && distinctOf(y, rows) > 1;
    }

    private static int distinctOf(Column c, int rows) {
        java.util.Set<Object> values = new java.util.HashSet<>();
        for (int r = 0; r < rows && values.size() < 2; r++) {
            if (!c.isMissing(r)) {
                values.add(key(c, r));
            }
        }
        return values.size();
    }

    private static Object key(Column c, int row) {
        return c instanceof NumericColumn n ? (Object) n.value(row) : ((CategoricalColumn) c).codes()[row];
    }

    private static double correlation(double[] a, double[] b) {
        double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            double x = a[i];
            double y = b[i];
            if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
                continue;
            }
            n++;
            sa += x;
            sb += y;
            saa += x * x;
            sbb += y * y;
            sab += x * y;
        }
        if (n < 10) {
            return 0;
        }
        double cov = sab - sa * sb / n;
        double va = saa - sa * sa / n;
        double vb = sbb - sb * sb / n;
        return va <= 0 || vb <= 0 ? 0 : cov / Math.sqrt(va * vb);
    }
}
