package io.modelwright.bench;

import io.modelwright.bench.train.BenchmarkData;
import io.modelwright.bench.train.ChildRun;
import io.modelwright.bench.train.HoldoutSplit;
import io.modelwright.bench.train.Measurement;
import io.modelwright.bench.train.ResultTable;
import io.modelwright.bench.train.TribuoRuns;
import io.modelwright.bench.train.WekaRuns;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.train.Fold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Training benchmark: on generated 100k / 1M-row files (20 numeric + 1 categorical feature, non-linear yes/no
 * label), trains back to back, each in its own time-limited child process and on the same stratified 80/20
 * split: Modelwright's {@code TrainingEngine} vs the same Tribuo trainer called directly on pre-built examples
 * (the overhead ratio), Weka's Logistic / J48 / RandomForest, and scikit-learn's HistGradientBoosting and
 * RandomForest when {@code python3 -c "import sklearn"} works.
 * <pre>
 * TrainingBenchmark [--rows 100000,1000000] [--data bench/data] [--repeats 3] [--timeout 300]
 *                   [--large-timeout 180] [--tools modelwright,direct,weka,sklearn] [--budget 7200]
 *                   (tool direct-dataset: also time building the MutableDataset from the pre-built examples)
 *                   [--algorithms xgboost,random-forest,logistic-regression]
 *                   [--variants "random-forest:maxDepth=8;xgboost:eta=0.1"]   (extra direct runs with other settings)
 *                   [--rounds N]   (run every job N times in turn, A B A B ...; report each job's best round)
 * </pre>
 * Repeats (min time) apply to files of at most 200k rows; larger files are trained once. Each measurement is cut
 * off after its timeout; once the whole run has used {@code --budget} seconds, the remaining ones are skipped.
 */
public final class TrainingBenchmark {
    /** Tree ensembles first: they carry the speed target; the cheap linear model last. */
    private static final List<String> TRIBUO_ALGORITHMS = List.of("xgboost", "random-forest", "logistic-regression");
    private static final int LARGE = 200_000;

    private TrainingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args);
            return;
        }
        List<Integer> sizes = List.of(100_000, 1_000_000);
        Path data = Path.of("bench/data");
        int repeats = 3;
        int timeout = 300;
        int largeTimeout = 180;
        List<String> tools = List.of("modelwright", "direct", "weka", "sklearn");
        int budget = 7200;
        int rounds = 1;
        List<String> algorithms = TRIBUO_ALGORITHMS;
        List<String> variants = List.of();
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--rows" -> sizes = Arrays.stream(v.split(",")).map(s -> Integer.valueOf(s.trim())).toList();
                case "--data" -> data = Path.of(v);
                case "--repeats" -> repeats = Integer.parseInt(v);
                case "--timeout" -> timeout = Integer.parseInt(v);
                case "--large-timeout" -> largeTimeout = Integer.parseInt(v);
                case "--tools" -> tools = List.of(v.split(","));
                case "--budget" -> budget = Integer.parseInt(v);
                case "--rounds" -> rounds = Integer.parseInt(v);
                case "--algorithms" -> algorithms = List.of(v.split(","));
                case "--variants" -> variants = List.of(v.split(";"));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        Files.createDirectories(data);
        Path log = data.resolve("training-benchmark.log");
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average at start "
                + loadAverage() + ", Java " + System.getProperty("java.version"));
        String python = tools.contains("sklearn") ? pythonWithSklearn() : null;
        boolean sklearn = python != null;
        if (tools.contains("sklearn") && !sklearn) {
            System.out.println("scikit-learn: not installed (figures below marked 'quoted' come from the issue)");
        }
        List<Measurement> all = new ArrayList<>();
        long deadline = System.nanoTime() + budget * 1_000_000_000L;
        for (int rows : sizes) {
            String dataset = rows % 1_000_000 == 0 ? rows / 1_000_000 + "M" : rows / 1000 + "k";
            Path csv = prepare(data, rows);
            boolean large = rows > LARGE;
            int limit = large ? largeTimeout : timeout;
            int reps = large ? 1 : repeats;
            if (sklearn) { // first: the reference the tree-ensemble target is measured against
                Path script = extractScript(data);
                for (String a : List.of("hgb", "rf")) {
                    String name = a.equals("hgb") ? "HistGradientBoosting" : "RandomForestClassifier";
                    List<String> command = List.of(python, script.toString(), csv.toString(),
                            data.resolve("test-rows-" + rows + ".txt").toString(), a);
                    all.add(report(ChildRun.run(dataset, "scikit-learn", name, command, limit, log)));
                }
            } else if (tools.contains("sklearn") && rows == 100_000) {
                all.add(new Measurement(dataset, "scikit-learn (quoted)", "HistGradientBoosting", 1.0, 0.814, Double.NaN,
                        "quoted from the issue, not measured here"));
                all.add(new Measurement(dataset, "scikit-learn (quoted)", "RandomForestClassifier", Double.NaN, Double.NaN, Double.NaN,
                        "quoted from the issue: ~9 s, accuracy not given; not measured here"));
            }
            List<Job> jobs = new ArrayList<>();
            for (String a : algorithms) {
                if (tools.contains("modelwright")) {
                    jobs.add(new Job("Modelwright", a, "modelwright", reps));
                }
                if (tools.contains("direct")) {
                    jobs.add(new Job("Tribuo direct", a, "direct", reps));
                }
                if (tools.contains("direct-dataset")) {
                    jobs.add(new Job("Tribuo direct, dataset + train", a, "direct-dataset", reps));
                }
            }
            for (String v : variants) { // e.g. random-forest:maxDepth=8,numTrees=50
                jobs.add(new Job("Tribuo direct", v, "direct", reps));
            }
            if (tools.contains("weka")) {
                WekaRuns.ALGORITHMS.forEach(a -> jobs.add(new Job("Weka 3.8.6", a, "weka", 1)));
            }
            // With --rounds, the jobs run in turn again and again (A B C A B C ...), so a change in the machine's
            // load touches every tool alike instead of whichever happened to run at that moment.
            Map<Job, List<Measurement>> byJob = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (Job job : jobs) {
                    Measurement m;
                    if (System.nanoTime() > deadline) {
                        m = ChildRun.failed(dataset, job.tool(), job.algorithm(),
                                "skipped: the run's time budget (" + budget + " s) was used up");
                    } else {
                        List<String> command = javaChild(rows, large, job.kind(), job.algorithm(), job.repeats(), data);
                        m = ChildRun.run(dataset, job.tool(), job.algorithm(), command, limit, log);
                    }
                    byJob.computeIfAbsent(job, k -> new ArrayList<>()).add(report(m));
                }
            }
            for (List<Measurement> runs : byJob.values()) {
                all.add(runs.size() == 1 ? runs.get(0) : acrossRounds(runs));
            }
        }
        System.out.println();
        System.out.println("Load average at end " + loadAverage());
        System.out.println();
        System.out.print(ResultTable.format(all));
    }

    private record Job(String tool, String algorithm, String kind, int repeats) {
    }

    /** @return the fastest round, with every round's time and their median in the note */
    private static Measurement acrossRounds(List<Measurement> runs) {
        List<Measurement> ok = runs.stream().filter(Measurement::ok).toList();
        if (ok.isEmpty()) {
            return runs.get(runs.size() - 1);
        }
        Measurement best = ok.stream().min(java.util.Comparator.comparingDouble(Measurement::trainSeconds)).orElseThrow();
        double[] times = ok.stream().mapToDouble(Measurement::trainSeconds).sorted().toArray();
        double median = times.length % 2 == 1 ? times[times.length / 2]
                : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
        String each = ok.stream().map(m -> String.format(Locale.ROOT, "%.2f", m.trainSeconds()))
                .collect(Collectors.joining(", "));
        return new Measurement(best.dataset(), best.tool(), best.algorithm(), best.trainSeconds(), best.accuracy(),
                best.cpuSeconds(), String.format(Locale.ROOT, "best of %d interleaved rounds (%s; median %.2f); %s",
                        ok.size(), each, median, best.note()));
    }

    private static Measurement report(Measurement m) {
        System.out.printf(Locale.ROOT, "%-4s %-22s %-22s %8s s (cpu %s s)  acc %s  %s  (load %s)%n", m.dataset(),
                m.tool(), m.algorithm(), m.ok() ? String.format(Locale.ROOT, "%.2f", m.trainSeconds()) : "-",
                String.format(Locale.ROOT, "%.2f", m.cpuSeconds()),
                m.ok() ? String.format(Locale.ROOT, "%.4f", m.accuracy()) : "-", m.note(), loadAverage());
        return m;
    }

    /** Writes the CSV file (once) and the hold-out's test rows (for the Python peer). */
    private static Path prepare(Path data, int rows) throws IOException {
        Path csv = data.resolve(BenchmarkData.fileName(rows));
        BenchmarkData generated = BenchmarkData.generate(rows);
        if (!Files.exists(csv)) {
            long t0 = System.nanoTime();
            generated.writeCsv(csv);
            System.out.printf(Locale.ROOT, "Wrote %s (%d rows) in %.1f s%n", csv, rows, (System.nanoTime() - t0) / 1e9);
        }
        Fold split = HoldoutSplit.of(generated.toTable());
        Files.writeString(data.resolve("test-rows-" + rows + ".txt"), Arrays.stream(split.testRows())
                .mapToObj(Integer::toString).collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        return csv;
    }

    private static List<String> javaChild(int rows, boolean large, String kind, String algorithm, int repeats,
                                          Path data) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                large ? "-Xmx12g" : "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                TrainingBenchmark.class.getName(), "--child", kind, algorithm, Integer.toString(rows),
                Integer.toString(repeats), data.toString());
    }

    /** One measurement, in a child process: prints {@code RESULT seconds accuracy note}. */
    private static void child(String[] args) throws Exception {
        String kind = args[1];
        String algorithm = args[2];
        int rows = Integer.parseInt(args[3]);
        int repeats = Integer.parseInt(args[4]);
        BenchmarkData.Loaded loaded = BenchmarkData.load(Path.of(args[5]).resolve(BenchmarkData.fileName(rows)), rows);
        DataTable table = loaded.table();
        double[] r = switch (kind) {
            case "modelwright" -> TribuoRuns.modelwright(table, algorithm, repeats);
            case "direct" -> TribuoRuns.direct(table, HoldoutSplit.of(table), algorithm.split(":")[0],
                    settings(algorithm), repeats, false);
            case "direct-dataset" -> TribuoRuns.direct(table, HoldoutSplit.of(table), algorithm.split(":")[0],
                    settings(algorithm), repeats, true);
            case "weka" -> WekaRuns.run(table, HoldoutSplit.of(table), algorithm);
            default -> throw new IllegalArgumentException("Unknown kind " + kind);
        };
        String note = (repeats > 1 ? "min of " + repeats : "1 run") + "; table " + loaded.source();
        System.out.printf(Locale.ROOT, "RESULT %.3f %.4f %.3f %s%n", r[0], r[1], r[2], note);
    }

    /** @return the catalog settings of a variant {@code id:name=value,name=value}; empty for a plain id */
    private static java.util.Map<String, String> settings(String variant) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        int colon = variant.indexOf(':');
        if (colon >= 0) {
            for (String kv : variant.substring(colon + 1).split(",")) {
                String[] f = kv.split("=", 2);
                out.put(f[0].trim(), f[1].trim());
            }
        }
        return out;
    }

    /** @return the first Python that imports scikit-learn (a pyenv shim may shadow the Debian package), or null */
    private static String pythonWithSklearn() {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import sklearn").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0) {
                    return python;
                }
            } catch (IOException | InterruptedException e) {
                // try the next one
            }
        }
        return null;
    }

    private static Path extractScript(Path data) throws IOException {
        Path script = data.resolve("sklearn_peer.py");
        try (InputStream in = TrainingBenchmark.class.getResourceAsStream("train/sklearn_peer.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        return script;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
