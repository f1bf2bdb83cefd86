package io.modelwright.bench.score;

import io.modelwright.runtime.score.Scorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs every scorer measurement in turn and prints the table (see {@code io.modelwright.bench.ScorerBenchmark}). */
public final class ScorerBench {
    /**
     * @param seconds     length of each measured load run
     * @param connections wrk connections
     * @param batchRows   rows in the big CSV for the batch command
     * @param dataDir     where the model and CSV files go (gitignored)
     * @param scorerJar   the shaded scorer jar
     */
    public record Options(int seconds, int connections, int batchRows, Path dataDir, Path scorerJar) {
        public static Options parse(String[] args) {
            int seconds = 10;
            int connections = 8;
            int batchRows = 1_000_000;
            Path data = Path.of("bench/data/scorer");
            Path jar = Path.of("runtime/target/modelwright-scorer.jar");
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                    case "--connections" -> connections = Integer.parseInt(args[i + 1]);
                    case "--batch-rows" -> batchRows = Integer.parseInt(args[i + 1]);
                    case "--data" -> data = Path.of(args[i + 1]);
                    case "--jar" -> jar = Path.of(args[i + 1]);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            return new Options(seconds, connections, batchRows, data.toAbsolutePath(), jar.toAbsolutePath());
        }
    }

    private static final int BATCH = 100;
    private final Options o;
    private final List<String[]> table = new ArrayList<>();

    public ScorerBench(Options options) {
        this.o = options;
    }

    public void run() throws Exception {
        if (!Files.isRegularFile(o.scorerJar())) {
            throw new IllegalStateException(o.scorerJar() + " is missing: run mvn package first.");
        }
        if (!Wrk.available()) {
            throw new IllegalStateException("wrk is not installed (Debian: apt-get install wrk).");
        }
        Files.createDirectories(o.dataDir());
        Path log = o.dataDir().resolve("servers.log");
        String loadBefore = loadAverage();
        log("load average before: " + loadBefore);
        Path model = BenchModel.ensure(o.dataDir().resolve("model"));
        Wrk wrk = new Wrk(o.dataDir(), 1, o.connections());
        String single = BenchRows.dataframeSplit(1, 7L);
        String batchJson = BenchRows.dataframeSplit(BATCH, 8L);
        String batchCsv = BenchRows.csvBody(BATCH, 9L);

        List<Long> startups = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try (ChildServer s = ChildServer.scorer(o.scorerJar(), model, log)) {
                startups.add(s.startupMillis);
            }
        }
        long startup = startups.stream().mapToLong(Long::longValue).min().orElseThrow();
        log("start-up to /ping 200 (ms): " + startups);

        Wrk.Result floor;
        try (ChildServer s = ChildServer.constant(log)) {
            wrk.run(url(s, "/invocations"), "application/json", single, 3);
            floor = wrk.run(url(s, "/invocations"), "application/json", single, o.seconds());
        }
        log("constant server: " + floor);

        Wrk.Result singleRow;
        PacedLoad.Result paced;
        Wrk.Result json100;
        Wrk.Result csv100;
        try (ChildServer s = ChildServer.scorer(o.scorerJar(), model, log)) {
            wrk.run(url(s, "/invocations"), "application/json", single, 5);
            singleRow = wrk.run(url(s, "/invocations"), "application/json", single, o.seconds());
            log("scorer single row: " + singleRow);
            paced = new PacedLoad(s.port, 4).run("/invocations", "application/json", single,
                    singleRow.requestsPerSecond() / 2, Math.max(10, o.seconds()));
            log("scorer paced at half of peak: " + paced);
            wrk.run(url(s, "/invocations"), "application/json", batchJson, 3);
            json100 = wrk.run(url(s, "/invocations"), "application/json", batchJson, o.seconds());
            log("scorer 100-row JSON: " + json100);
            csv100 = wrk.run(url(s, "/invocations"), "text/csv", batchCsv, o.seconds());
            log("scorer 100-row CSV: " + csv100);
        }

        Scorer scorer = Scorer.load(model);
        InProcessThroughput inProcess = new InProcessThroughput(scorer);
        inProcess.rowsPerSecond(2, 1, 3);
        inProcess.rowsPerSecond(2, BATCH, 3);
        double predict1 = inProcess.rowsPerSecond(1, 1, o.seconds() / 2.0);
        double predict2 = inProcess.rowsPerSecond(2, 1, o.seconds() / 2.0);
        double batch1 = inProcess.rowsPerSecond(1, BATCH, o.seconds() / 2.0);
        double batch2 = inProcess.rowsPerSecond(2, BATCH, o.seconds() / 2.0);
        log(String.format(Locale.ROOT, "in-process rows/s: predict %.0f / %.0f, predictBatch %.0f / %.0f",
                predict1, predict2, batch1, batch2));

        int smallRows = Math.max(1, o.batchRows() / 10);
        Path small = BenchRows.ensureCsv(o.dataDir().resolve("rows-" + smallRows + ".csv"), smallRows);
        Path big = BenchRows.ensureCsv(o.dataDir().resolve("rows-" + o.batchRows() + ".csv"), o.batchRows());
        Path out = o.dataDir().resolve("scored.csv");
        BatchCommandRun.run(o.scorerJar(), model, small, out, smallRows); // warm the page cache
        BatchCommandRun.Result smallRun = BatchCommandRun.run(o.scorerJar(), model, small, out, smallRows);
        BatchCommandRun.Result bigRun = BatchCommandRun.run(o.scorerJar(), model, big, out, o.batchRows());
        Files.deleteIfExists(out);
        log("batch: " + smallRun + " / " + bigRun);
        double marginal = (bigRun.rows() - smallRun.rows()) / (bigRun.seconds() - smallRun.seconds());

        double ceiling = Math.max(Math.max(predict1, predict2), Math.max(batch1, batch2));
        double bestBatchHttp = Math.max(json100.requestsPerSecond(), csv100.requestsPerSecond()) * BATCH;
        row("Start-up to first /ping 200 (min of 3)", ms(startup) + " (" + startups + " ms)", "< 1.5 s",
                startup < 1500);
        row("Constant-response JDK server, req/s (" + wrk.describe() + ")", num(floor.requestsPerSecond()), "floor",
                null);
        row("/invocations single-row JSON, req/s", num(singleRow.requestsPerSecond()) + " ("
                + pct(singleRow.requestsPerSecond() / floor.requestsPerSecond()) + " of constant)",
                ">= 50% of constant", singleRow.requestsPerSecond() >= floor.requestsPerSecond() / 2);
        row("  p50 / p99 at peak (closed loop)", ms(singleRow.p50Millis()) + " / " + ms(singleRow.p99Millis()), "",
                null);
        row("  p50 / p99 at half of peak (" + num(paced.offeredPerSecond()) + " req/s paced, 4 conns)",
                ms(paced.p50Millis()) + " / " + ms(paced.p99Millis()) + " (max " + ms(paced.maxMillis())
                        + ", achieved " + num(paced.achievedPerSecond()) + " req/s)", "p99 < 10 ms",
                paced.p99Millis() < 10);
        row("/invocations 100-row JSON, rows/s", num(json100.requestsPerSecond() * BATCH) + " ("
                + pct(json100.requestsPerSecond() * BATCH / ceiling) + " of ceiling)", "", null);
        row("/invocations 100-row CSV, rows/s", num(csv100.requestsPerSecond() * BATCH) + " ("
                + pct(csv100.requestsPerSecond() * BATCH / ceiling) + " of ceiling)", ">= 50% of ceiling (best of JSON/CSV)",
                bestBatchHttp >= ceiling / 2);
        row("In-process Scorer.predict, rows/s, 1 thread", num(predict1), "", null);
        row("In-process Scorer.predict, rows/s, 2 threads", num(predict2), "", null);
        row("In-process predictBatch(100), rows/s, 1 thread", num(batch1), "", null);
        row("In-process predictBatch(100), rows/s, 2 threads", num(batch2), "ceiling = best in-process", null);
        row("batch " + num(smallRun.rows()) + " rows: rows/s (wall, JVM start incl.) / peak RSS",
                num(smallRun.rowsPerSecond()) + " / " + num(smallRun.peakRssMb()) + " MB", "", null);
        row("batch " + num(bigRun.rows()) + " rows: rows/s (wall, JVM start incl.) / peak RSS",
                num(bigRun.rowsPerSecond()) + " / " + num(bigRun.peakRssMb()) + " MB", ">= 200k rows/s",
                bigRun.rowsPerSecond() >= 200_000);
        row("batch marginal rows/s (extra rows / extra seconds)", num(marginal), "", null);
        row("batch memory flat (peak RSS big / small)",
                String.format(Locale.ROOT, "%.2fx", bigRun.peakRssMb() / smallRun.peakRssMb()), "<= 1.25x",
                bigRun.peakRssMb() <= smallRun.peakRssMb() * 1.25);
        String loadAfter = loadAverage();
        System.out.println();
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; load average before " + loadBefore + ", after "
                + loadAfter);
        System.out.println();
        System.out.println("| Measurement | Result | Target | Met |");
        System.out.println("|---|---|---|---|");
        for (String[] r : table) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
    }

    private void row(String what, String value, String target, Boolean met) {
        table.add(new String[] {what, value, target, met == null ? "" : met ? "yes" : "**no**"});
    }

    private static String url(ChildServer s, String path) {
        return "http://127.0.0.1:" + s.port + path;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, v < 10 ? "%.2f ms" : "%.0f ms", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }

    private static void log(String s) {
        System.err.println("[scorer-bench] " + s);
    }

    private static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }
}
