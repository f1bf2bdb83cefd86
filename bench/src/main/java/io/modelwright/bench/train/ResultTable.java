package io.modelwright.bench.train;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the measurements as one Markdown table (readable on a console too). */
public final class ResultTable {
    /** For each peer algorithm, the catalog id of the Tribuo trainer it is compared with. */
    private static final Map<String, String> COUNTERPART = Map.of(
            "Logistic", "logistic-regression", "RandomForest", "random-forest",
            "HistGradientBoosting", "xgboost", "RandomForestClassifier", "random-forest");

    private ResultTable() {
    }

    /** @return the table, one header and one line per measurement */
    public static String format(List<Measurement> all) {
        StringBuilder sb = new StringBuilder();
        sb.append("| dataset | tool | algorithm | train s | cpu s | accuracy | ratio to direct Tribuo | note |\n");
        sb.append("|---|---|---|--:|--:|--:|--:|---|\n");
        for (Measurement m : all) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", m.dataset(),
                    m.tool(), m.algorithm(), m.ok() ? String.format(Locale.ROOT, "%.2f", m.trainSeconds()) : "-",
                    Double.isNaN(m.cpuSeconds()) ? "-" : String.format(Locale.ROOT, "%.1f", m.cpuSeconds()),
                    m.ok() ? String.format(Locale.ROOT, "%.4f", m.accuracy()) : "-", ratio(m, all), m.note()));
        }
        return sb.toString();
    }

    private static String ratio(Measurement m, List<Measurement> all) {
        String id = m.tool().startsWith("Modelwright") || m.tool().startsWith("Tribuo") ? m.algorithm()
                : COUNTERPART.get(m.algorithm());
        if (id == null || !m.ok()) {
            return "-";
        }
        for (Measurement d : all) {
            if (d.dataset().equals(m.dataset()) && d.tool().startsWith("Tribuo direct") && d.algorithm().equals(id)
                    && d.ok()) {
                return String.format(Locale.ROOT, "%.2fx", m.trainSeconds() / d.trainSeconds());
            }
        }
        return "-";
    }
}
