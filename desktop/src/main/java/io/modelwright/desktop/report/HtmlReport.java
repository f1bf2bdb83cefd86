package io.modelwright.desktop.report;

import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.train.FoldResult;
import io.modelwright.core.train.TrainingResult;
import io.modelwright.desktop.history.TrainingRun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run as one self-contained HTML file (pictures embedded as data: URIs) that opens in any browser: the data, the
 * settings, the scores with their spread over folds, every chart, the column importances and a model card.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** Writes the report. @param dataName the data file's name, or null */
    public static void write(TrainingRun run, String dataName, List<ChartImage> charts, Map<String, Double> importances,
                             Path file) throws IOException {
        Files.writeString(file, html(run, dataName, charts, importances), StandardCharsets.UTF_8);
    }

    static String html(TrainingRun run, String dataName, List<ChartImage> charts, Map<String, Double> importances) {
        TrainingResult r = run.result();
        DataTable table = run.request().table();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(run.title()))
                .append(" – Modelwright report</title><style>")
                .append("body{font-family:'DejaVu Sans',Segoe UI,Helvetica,sans-serif;max-width:980px;margin:2em auto;"
                        + "color:#1f2328;padding:0 1em}h1{margin-bottom:0}.sub{color:#59636e}"
                        + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #d0d7de;padding:4px 10px;"
                        + "text-align:left}th{background:#eef0f3}td.n{text-align:right;font-variant-numeric:tabular-nums}"
                        + "figure{margin:1em 0}figure img{max-width:100%;border:1px solid #d0d7de}"
                        + "figcaption{font-weight:bold;margin-bottom:.3em}</style></head><body>\n");
        h.append("<h1>").append(esc(run.title())).append("</h1>\n<p class=\"sub\">")
                .append(esc(r.task().id())).append(run.request().target() == null ? "" : " of "
                        + esc(run.request().target())).append(" · ").append(esc(run.validationText())).append(" · ")
                .append(String.format(Locale.ROOT, "%,d rows", r.rowsUsed())).append(" · trained ")
                .append(esc(run.finishedAt().toString().replace('T', ' '))).append("</p>\n");

        h.append("<h2>Data</h2>\n<p>").append(esc(dataName == null ? "The table" : dataName)).append(": ")
                .append(String.format(Locale.ROOT, "%,d rows, %d columns", table.rowCount(), table.columnCount()))
                .append(r.rowsDropped() > 0 ? String.format(Locale.ROOT, " (%,d rows without a target left out)",
                        r.rowsDropped()) : "").append(".</p>\n<table><tr><th>Column</th><th>Type</th><th>Missing</th>"
                        + "<th>Used as</th></tr>\n");
        for (Column c : table.columns()) {
            String role = c.name().equals(run.request().target()) ? "target"
                    : r.featureColumns().contains(c.name()) ? "input" : "left out";
            h.append("<tr><td>").append(esc(c.name())).append("</td><td>").append(esc(c.type().id()))
                    .append("</td><td class=\"n\">").append(c.missingCount()).append("</td><td>").append(role)
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>Settings</h2>\n<table><tr><th>Algorithm</th><td>").append(esc(run.algorithmName()))
                .append(" (").append(esc(r.algorithm())).append(")</td></tr>\n");
        r.hyperparameters().forEach((k, v) -> h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v))
                .append("</td></tr>\n"));
        h.append("<tr><th>Validation</th><td>").append(esc(run.validationText())).append("</td></tr>\n<tr><th>Seed</th><td>")
                .append(r.seed()).append("</td></tr>\n</table>\n");

        h.append("<h2>Scores</h2>\n<p>Mean ± standard deviation over the validation folds; every fold's score follows."
                + "</p>\n<table><tr><th>Metric</th><th>Mean ± sd</th>");
        for (FoldResult ignored : r.folds()) {
            h.append("<th>Fold ").append(r.folds().indexOf(ignored) + 1).append("</th>");
        }
        h.append("</tr>\n");
        for (String metric : r.mean().keySet()) {
            h.append("<tr><td>").append(esc(metric)).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%.3f ± %.3f", r.mean().get(metric),
                            r.std().getOrDefault(metric, 0.0))).append("</td>");
            for (double v : r.foldValues(metric)) {
                h.append("<td class=\"n\">").append(String.format(Locale.ROOT, "%.3f", v)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>Charts</h2>\n");
        for (ChartImage chart : charts) {
            h.append("<figure><figcaption>").append(esc(chart.title())).append("</figcaption><img alt=\"")
                    .append(esc(chart.title())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(chart.png())).append("\"></figure>\n");
        }

        h.append("<h2>Column importance</h2>\n");
        if (importances.isEmpty()) {
            h.append("<p>This algorithm reports no importances.</p>\n");
        } else {
            h.append("<table><tr><th>Column</th><th>Importance</th></tr>\n");
            importances.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> h.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"n\">")
                            .append(String.format(Locale.ROOT, "%.4f", e.getValue())).append("</td></tr>\n"));
            h.append("</table>\n");
        }

        h.append("<h2>Model card</h2>\n<table>")
                .append(row("Model", run.algorithmName() + ", " + r.featureCount() + " features from "
                        + r.featureColumns().size() + " columns"))
                .append(row("Predicts", run.request().target() == null ? r.task().id() : run.request().target()
                        + (r.classes().isEmpty() ? "" : " (" + String.join(", ", r.classes()) + ")")))
                .append(row("Trained on", String.format(Locale.ROOT, "%,d rows of %s", r.rowsUsed(),
                        dataName == null ? "the table" : dataName)))
                .append(row("Evaluated by", run.validationText() + String.format(Locale.ROOT, ": %s %.3f ± %.3f",
                        run.mainMetric(), run.mainMean(), run.mainStd())))
                .append(row("Limitations", "Scores come from rows like these; data collected another way, or values "
                        + "outside the training ranges, may be predicted worse."))
                .append(row("Warnings", r.warnings().isEmpty() ? "none" : String.join(" ", r.warnings())))
                .append("</table>\n<p class=\"sub\">Made with Modelwright.</p>\n</body></html>\n");
        return h.toString();
    }

    private static String row(String name, String value) {
        return "<tr><th>" + esc(name) + "</th><td>" + esc(value) + "</td></tr>\n";
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
