package io.modelwright.core.project;

import io.modelwright.runtime.featurize.DatePart;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import io.modelwright.runtime.featurize.Imputation;
import io.modelwright.runtime.featurize.InputSpec;
import io.modelwright.runtime.schema.ColumnType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic runs, the same for the same number (also in another JVM): a ~200 KB model, five-fold metrics,
 * curves, importances, provenance and 600 held-out predictions.
 */
final class SampleRuns {
    static final int MODEL_BYTES = 200 * 1024;

    private SampleRuns() {
    }

    static RunRecord run(int n) {
        Random random = new Random(n);
        byte[] model = new byte[MODEL_BYTES];
        random.nextBytes(model); // protobuf of doubles hardly compresses; neither do random bytes
        return RunRecord.builder()
                .created(Instant.parse("2026-03-01T09:00:00.123Z").plusSeconds(60L * n))
                .task(n % 2 == 0 ? "classification" : "regression")
                .algorithm(n % 3 == 0 ? "logistic-regression" : "random-forest")
                .hyperparameters(Map.of("epochs", Integer.toString(5 + n), "learningRate", "0.01",
                        "regularization", "l2"))
                .seed(1000L + n)
                .validation("cv:5")
                .featurizerSpec(featurizerSpec())
                .metrics(metrics(random))
                .curvesJson(curves(random))
                .importancesJson("{\"petal_length\":0.61,\"petal_width\":0.27,\"planted\":0.0" + n + "}")
                .model(model)
                .provenanceJson("{\"class-name\":\"org.tribuo.classification.sgd.linear.LinearSGDModel\","
                        + "\"dataset\":{\"datasource\":{\"dataPath\":\"iris.csv\"}},\"run\":" + n + "}")
                .timingsMs(Map.of("train", 1200L + n, "validate", 4800L, "total", 6100L + n))
                .versions(new Versions("0.1.0", "4.3.2", "17.0.15"))
                .note(n % 4 == 0 ? "" : "Run " + n + ": tried more epochs — ça marche 👍")
                .heldOutJson(heldOut(random))
                .build();
    }

    static FeaturizerSpec featurizerSpec() {
        InputSpec length = new InputSpec("petal_length", ColumnType.NUMERIC, Imputation.MEDIAN, 4.35, null, true,
                true, 3.76, 1.76, List.of(), null, List.of(), List.of(), List.of(), 1.0, Double.NaN);
        InputSpec colour = new InputSpec("colour", ColumnType.CATEGORICAL, Imputation.MOST_FREQUENT, 0, "blue",
                false, false, 0, 1, List.of("blue", "red"), null, List.of(), List.of(), List.of(), Double.NaN,
                Double.NaN);
        InputSpec planted = new InputSpec("planted", ColumnType.DATETIME, Imputation.MEAN, 1.6e9, null, false,
                true, 1.6e9, 3.1e7, List.of(), "yyyy-MM-dd", List.of(DatePart.YEAR, DatePart.MONTH),
                List.of(2020.5, 6.5), List.of(1.2, 3.4), 1.5e9, 1.7e9);
        return new FeaturizerSpec(FeaturizerSpec.CURRENT_VERSION, List.of(length, colour, planted),
                List.of("colour=blue", "colour=red", "petal_length", "petal_length.missing", "planted.month",
                        "planted.year"), List.of("", "NA"));
    }

    private static Map<String, MetricValue> metrics(Random random) {
        Map<String, MetricValue> metrics = new LinkedHashMap<>();
        for (String name : List.of("accuracy", "macro-f1", "auc", "log-loss")) {
            List<Double> folds = random.doubles(5).boxed().toList();
            metrics.put(name, new MetricValue(folds.stream().mapToDouble(d -> d).average().orElseThrow(),
                    random.nextDouble() / 10, folds));
        }
        metrics.put("mcc", new MetricValue(Double.NaN, Double.NaN, List.of(0.5, Double.NaN)));
        metrics.put("holdout-accuracy", MetricValue.single(0.93));
        return metrics;
    }

    private static String curves(Random random) {
        StringBuilder json = new StringBuilder("{\"roc\":{\"fpr\":[");
        for (int i = 0; i < 200; i++) {
            json.append(i == 0 ? "" : ",").append(random.nextDouble());
        }
        return json.append("],\"tpr\":[0.0,0.5,1.0]}}").toString();
    }

    private static String heldOut(Random random) {
        StringBuilder json = new StringBuilder("{\"rows\":[");
        for (int i = 0; i < 600; i++) {
            json.append(i == 0 ? "" : ",").append(i * 3);
        }
        json.append("],\"predictions\":[");
        for (int i = 0; i < 600; i++) {
            json.append(i == 0 ? "" : ",").append(random.nextBoolean() ? "\"setosa\"" : "\"virginica\"");
        }
        return json.append("]}").toString();
    }
}
