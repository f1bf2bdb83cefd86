package io.modelwright.bench;

import io.modelwright.core.data.CsvImporter;
import io.modelwright.core.data.ImportOptions;
import io.modelwright.core.data.ImportResult;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times CSV import of a generated 1,000,000-row x 22-column file, back to back in one JVM: Modelwright, Commons
 * CSV tokenizing alone, Weka's CSVLoader, Tribuo's loaders and pandas.read_csv. Each tool: one warm-up, then the
 * best of 3. Run with {@code bench/run-import.sh} (arguments: rows, default 1000000).
 */
public final class ImportBenchmark {
    private static final int RUNS = 3;
    /** Keeps each loaded result reachable while it is timed, so no JIT can skip the work. */
    private static volatile Object sink;

    /** A loader under test. */
    @FunctionalInterface
    interface Loader {
        Object load(Path file) throws Exception;
    }

    /** Wall-clock and process CPU seconds of the best run. */
    private record Timing(double seconds, double cpuSeconds) {
        static final Timing FAILED = new Timing(Double.NaN, Double.NaN);
    }

    private record Row(String tool, Timing timing, String note) {
    }

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = SyntheticCsv.ensure(Path.of("bench/data/import-" + rows + ".csv"), rows);
        System.out.printf(Locale.US, "File %s: %,d rows, %.1f MB; JVM max heap %.1f GB, %d cores%n", file, rows,
                Files.size(file) / 1e6, Runtime.getRuntime().maxMemory() / 1e9,
                Runtime.getRuntime().availableProcessors());
        List<Row> results = new ArrayList<>();

        long before = usedAfterGc();
        ImportResult kept = modelwright(file);
        long retained = usedAfterGc() - before;
        long cells = (long) kept.table().rowCount() * kept.table().columnCount();
        String memory = String.format(Locale.US, "retained %.0f MB = %.1f bytes/cell", retained / 1e6,
                retained / (double) cells);
        kept = null;
        System.out.println("Modelwright ...");
        results.add(new Row("Modelwright CsvImporter (parse+type+profile)", time(ImportBenchmark::modelwright, file), memory));
        System.out.println("Commons CSV ...");
        results.add(new Row("Commons CSV tokenizing only (1 thread)", time(Peers::commonsCsv, file), ""));
        results.add(timeOrFail("Weka 3.8.6 CSVLoader", Peers::weka, file));
        results.add(timeOrFail("Tribuo 4.3.2 CSVLoader", Peers::tribuoCsvLoader, file));
        results.add(timeOrFail("Tribuo 4.3.2 CSVDataSource+RowProcessor", Peers::tribuoRowProcessor, file));
        double[] pandas = Peers.pandas(file);
        if (pandas != null) {
            results.add(new Row("pandas.read_csv", new Timing(pandas[0], pandas[1]), "separate process"));
        }

        System.out.printf(Locale.US, "%n| %-44s | %8s | %8s | %11s | %s |%n", "tool", "seconds", "CPU s",
                "rows/s", "note");
        System.out.println("|" + "-".repeat(46) + "|" + "-".repeat(10) + "|" + "-".repeat(10) + "|"
                + "-".repeat(13) + "|------|");
        for (Row r : results) {
            boolean failed = Double.isNaN(r.timing().seconds());
            String rate = failed ? "-" : String.format(Locale.US, "%,.0f", rows / r.timing().seconds());
            String secs = failed ? "failed" : String.format(Locale.US, "%.2f", r.timing().seconds());
            String cpu = failed ? "-" : String.format(Locale.US, "%.2f", r.timing().cpuSeconds());
            System.out.printf(Locale.US, "| %-44s | %8s | %8s | %11s | %s |%n", r.tool(), secs, cpu, rate, r.note());
        }
    }

    private static ImportResult modelwright(Path file) {
        return new CsvImporter().load(file, ImportOptions.detect(), ProgressListener.NONE, CancellationToken.create());
    }

    /** One warm-up, then the best of {@link #RUNS}, in seconds. */
    private static Timing time(Loader loader, Path file) throws Exception {
        sink = loader.load(file);
        Timing best = new Timing(Double.MAX_VALUE, Double.MAX_VALUE);
        for (int i = 0; i < RUNS; i++) {
            sink = null;
            usedAfterGc();
            double cpu0 = cpuSeconds();
            long t0 = System.nanoTime();
            sink = loader.load(file);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = cpuSeconds() - cpu0;
            if (seconds < best.seconds()) {
                best = new Timing(seconds, cpu);
            }
            System.out.printf(Locale.US, "  run %d: %.2f s wall, %.2f s CPU%n", i + 1, seconds, cpu);
        }
        sink = null;
        return best;
    }

    /** CPU time of this whole process (all threads, GC included): fair on a machine shared with other work. */
    private static double cpuSeconds() {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9;
    }

    private static Row timeOrFail(String tool, Loader loader, Path file) {
        System.out.println(tool + " ...");
        try {
            return new Row(tool, time(loader, file), "");
        } catch (Exception | OutOfMemoryError e) {
            String why = String.valueOf(e.getMessage());
            why = why.length() > 120 ? why.substring(0, 120) + "..." : why;
            System.out.println("  failed: " + e.getClass().getSimpleName() + ": " + why);
            return new Row(tool, Timing.FAILED, "fails: " + e.getClass().getSimpleName() + ": " + why);
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
