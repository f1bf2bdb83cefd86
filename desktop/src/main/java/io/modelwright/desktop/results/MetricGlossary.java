package io.modelwright.desktop.results;

import java.util.Map;

/** What each metric is called and what it means, in one or two sentences a student can follow. */
final class MetricGlossary {
    private record Entry(String title, String explanation) {
    }

    private static final Map<String, Entry> ENTRIES = Map.ofEntries(
            Map.entry("accuracy", new Entry("Accuracy",
                    "The share of rows whose class was predicted correctly. 1 is perfect; compare it with how"
                            + " often the most common class occurs.")),
            Map.entry("balancedAccuracy", new Entry("Balanced accuracy",
                    "Accuracy computed per class, then averaged, so rare classes count as much as common ones.")),
            Map.entry("macroF1", new Entry("Macro F1",
                    "Per class, the balance of precision (how many predicted were right) and recall (how many"
                            + " were found); averaged over classes. 1 is perfect.")),
            Map.entry("logLoss", new Entry("Log loss",
                    "How surprised the model was by the true classes, judged by its probabilities. Lower is"
                            + " better; confident wrong answers cost the most.")),
            Map.entry("auc", new Entry("AUC",
                    "The chance that a random positive row gets a higher score than a random negative one."
                            + " 0.5 is guessing, 1 is perfect ranking.")),
            Map.entry("rmse", new Entry("RMSE",
                    "Root mean squared error: the typical size of a prediction's error, in the target's units."
                            + " Large errors weigh more. Lower is better.")),
            Map.entry("mae", new Entry("MAE",
                    "Mean absolute error: the average distance between prediction and truth, in the target's"
                            + " units. Lower is better.")),
            Map.entry("r2", new Entry("R²",
                    "How much of the target's variation the model explains. 1 is perfect, 0 is no better than"
                            + " always predicting the average.")),
            Map.entry("silhouette", new Entry("Silhouette",
                    "How much closer rows are to their own cluster than to the next one, from −1 to 1."
                            + " Higher means clearer groups.")),
            Map.entry("nmi", new Entry("NMI",
                    "Normalised mutual information: how well the clusters match the target's groups, from 0"
                            + " (unrelated) to 1 (the same).")),
            Map.entry("ami", new Entry("AMI",
                    "Adjusted mutual information: like NMI, but 0 means no better than chance grouping.")),
            Map.entry("precision", new Entry("Precision",
                    "Of the rows flagged as unusual, the share that really are.")),
            Map.entry("recall", new Entry("Recall",
                    "Of the rows that really are unusual, the share the model flagged.")),
            Map.entry("f1", new Entry("F1",
                    "The balance of precision and recall, from 0 to 1.")),
            Map.entry("anomalyRate", new Entry("Anomaly rate",
                    "The share of rows the model flagged as unusual.")));

    private MetricGlossary() {
    }

    static String title(String metric) {
        Entry entry = ENTRIES.get(metric);
        return entry == null ? metric : entry.title();
    }

    static String explanation(String metric) {
        Entry entry = ENTRIES.get(metric);
        return entry == null ? "" : entry.explanation();
    }
}
