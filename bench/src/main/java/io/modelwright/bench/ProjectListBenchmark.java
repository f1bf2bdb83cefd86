package io.modelwright.bench;

import io.modelwright.core.project.MetricValue;
import io.modelwright.core.project.Project;
import io.modelwright.core.project.RunRecord;
import io.modelwright.core.project.RunSummary;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import io.modelwright.runtime.featurize.Imputation;
import io.modelwright.runtime.featurize.InputSpec;
import io.modelwright.runtime.schema.ColumnType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * How long opening a project with 500 runs and listing them takes (target: under 1 s). Each run carries what a
 * real one does: a 200 KB model, five-fold metrics, a 2,000-point ROC curve, importances, provenance and 2,000
 * held-out predictions. Usage: {@code ProjectListBenchmark [runs] [repetitions] [file-to-keep.mwproj]}, then
 * {@code ProjectListBenchmark file-to-keep.mwproj} to time opening and listing it in a fresh JVM.
 */
public final class ProjectListBenchmark {

    private ProjectListBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].endsWith(".mwproj")) {
            openAndListOnce(Path.of(args[0]));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path keep = args.length > 2 ? Path.of(args[2]) : null;
        Path dir = Files.createTempDirectory("mw-bench-project");
        Path file = keep != null ? keep : dir.resolve("bench.mwproj");
        try {
            long start = System.nanoTime();
            try (Project project = Project.create(file)) {
                for (int n = 0; n < runs; n++) {
                    project.addRun(run(n));
                }
            }
            double createMs = millisSince(start);
            System.out.printf("Project store: %d runs, file %.1f MB, created in %.1f s (%.1f ms per saved run)%n%n",
                    runs, Files.size(file) / 1e6, createMs / 1000, createMs / runs);
            System.out.println("| repetition | open (ms) | listRuns (ms) | open + list (ms) | runs listed | loadRun (ms) |");
            System.out.println("|-----------:|----------:|--------------:|-----------------:|------------:|-------------:|");
            for (int r = 1; r <= repetitions; r++) {
                long t0 = System.nanoTime();
                try (Project project = Project.open(file)) {
                    double openMs = millisSince(t0);
                    long t1 = System.nanoTime();
                    List<RunSummary> listed = project.listRuns();
                    double listMs = millisSince(t1);
                    double totalMs = millisSince(t0);
                    long t2 = System.nanoTime();
                    project.loadRun(listed.get(listed.size() / 2).runId());
                    double loadMs = millisSince(t2);
                    System.out.printf("| %10d | %9.1f | %13.1f | %16.1f | %11d | %12.1f |%n", r, openMs, listMs,
                            totalMs, listed.size(), loadMs);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Open and list in a fresh JVM: what a person waits for after starting the app and opening a project. */
    private static void openAndListOnce(Path file) {
        long t = System.nanoTime();
        Project.warmUp();
        double warmUpMs = millisSince(t);
        long t0 = System.nanoTime();
        try (Project project = Project.open(file)) {
            double openMs = millisSince(t0);
            long t1 = System.nanoTime();
            int listed = project.listRuns().size();
            System.out.printf("Fresh JVM: SQLite driver load (Project.warmUp) %.1f ms; then open %.1f ms, "
                    + "listRuns %.1f ms, open + list %.1f ms, %d runs listed%n", warmUpMs, openMs, millisSince(t1),
                    millisSince(t0), listed);
        }
    }

    private static RunRecord run(int n) {
        Random random = new Random(n);
        byte[] model = new byte[200 * 1024];
        random.nextBytes(model);
        Map<String, MetricValue> metrics = new LinkedHashMap<>();
        for (String name : List.of("accuracy", "balanced-accuracy", "macro-f1", "auc", "log-loss", "mcc")) {
            List<Double> folds = random.doubles(5).boxed().toList();
            metrics.put(name, new MetricValue(folds.stream().mapToDouble(d -> d).average().orElseThrow(),
                    random.nextDouble() / 10, folds));
        }
        return RunRecord.builder()
                .created(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * n))
                .task("classification")
                .algorithm(List.of("logistic-regression", "random-forest", "xgboost", "knn").get(n % 4))
                .hyperparameters(Map.of("epochs", "10", "learningRate", "0.05", "seed", Integer.toString(n)))
                .seed(n)
                .validation("cv:5")
                .featurizerSpec(spec())
                .metrics(metrics)
                .curvesJson(numbers("{\"roc\":{\"fpr\":", random, 2000) + ",\"tpr\":[0,1]}}")
                .importancesJson("{\"petal_length\":0.61,\"petal_width\":0.27,\"sepal_length\":0.12}")
                .model(model)
                .provenanceJson("{\"class-name\":\"org.tribuo.classification.sgd.linear.LinearSGDModel\","
                        + "\"trainer\":{\"epochs\":\"10\"},\"dataset\":{\"dataPath\":\"iris.csv\"}}")
                .timingsMs(Map.of("train", 1500L, "validate", 6000L, "total", 7600L))
                .heldOutJson(numbers("{\"rows\":", random, 2000) + ",\"predictions\":[\"setosa\"]}")
                .build();
    }

    private static String numbers(String prefix, Random random, int count) {
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(Double.toString(random.nextDouble()));
        }
        return prefix + "[" + String.join(",", values) + "]";
    }

    private static FeaturizerSpec spec() {
        List<InputSpec> inputs = new ArrayList<>();
        for (String name : List.of("sepal_length", "sepal_width", "petal_length", "petal_width")) {
            inputs.add(new InputSpec(name, ColumnType.NUMERIC, Imputation.MEDIAN, 3.5, null, false, true, 3.4, 1.1,
                    List.of(), null, List.of(), List.of(), List.of(), 0.1, 7.9));
        }
        return new FeaturizerSpec(FeaturizerSpec.CURRENT_VERSION, inputs,
                List.of("petal_length", "petal_width", "sepal_length", "sepal_width"), null);
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
