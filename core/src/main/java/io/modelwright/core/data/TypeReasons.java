package io.modelwright.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the one-line reasons shown next to each column type, with numbers people can check. */
final class TypeReasons {
    private TypeReasons() {
    }

    /** @return 3201 as "3,201" */
    static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    /** @return "98%" (never rounds a partial share up to 100% or down to 0%) */
    static String percent(long part, long whole) {
        if (whole == 0) {
            return "0%";
        }
        long p = Math.round(100.0 * part / whole);
        if (p == 100 && part < whole) {
            p = 99;
        } else if (p == 0 && part > 0) {
            p = 1;
        }
        return p + "%";
    }

    /** @return "; 64 'NA', 3 empty treated as missing", or "" when nothing was missing */
    static String missingSuffix(ColumnAccumulator acc) {
        int[] counts = acc.missingByToken();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                parts.add(count(counts[i]) + " " + acc.missingTokens().describe(i));
            }
        }
        return parts.isEmpty() ? "" : "; " + String.join(", ", parts) + " treated as missing";
    }

    /** @return "; 12 values that do not parse as numbers (e.g. 'abc') became missing", or "" */
    static String failureSuffix(int failures, String example, String what) {
        if (failures == 0) {
            return "";
        }
        return "; " + count(failures) + (failures == 1 ? " value that does not parse as " : " values that do not parse as ")
                + what + (example == null ? "" : " (e.g. '" + example + "')") + " became missing";
    }

    /** @return "; 2 '-Infinity'/'Infinity' read as infinite numbers", or "" */
    static String infinitySuffix(int infinities) {
        return infinities == 0 ? "" : "; " + count(infinities) + " 'Infinity'/'-Infinity' read as infinite numbers";
    }
}
