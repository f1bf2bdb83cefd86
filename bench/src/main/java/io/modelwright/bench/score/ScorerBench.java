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
    /** The JVM options the run scripts, the README and the model card use for the scorer. */
    private static final List<String> SHIPPED_JVM_OPTIONS = List.of("-XX:+UseSerialGC");
    private final Options o;
    private final List<String[]> table = new ArrayList<>();
    private double cdsStartupCpu = Double.MAX_VALUE;

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
        double startupCpu = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            try (ChildServer s = ChildServer.scorer(o.scorerJar(), model, log)) {
                startups.add(s.startupMillis);
                startupCpu = Math.min(startupCpu, s.startupCpuSeconds);
            }
        }
        long startup = startups.stream().mapToLong(Long::longValue).min().orElseThrow();
        log("start-up to /ping 200 (ms): " + startups);
        List<Long> cdsStartups = cdsStartups(model, log);
        log("start-up with an AppCDS archive (ms): " + cdsStartups);

        Wrk.Result singleRow;
        PacedLoad.Result paced;
        Wrk.Result json100;
        Wrk.Result csv100;
        double singlePerCpu;
        double json100PerCpu;
        try (ChildServer s = ChildServer.scorer(o.scorerJar(), model, log)) {
            wrk.run(url(s, "/invocations"), "application/json", single, 5);
            double cpu0 = s.cpuSeconds();
            singleRow = wrk.run(url(s, "/invocations"), "application/json", single, o.seconds());
            singlePerCpu = singleRow.requestsPerSecond() * o.seconds() / (s.cpuSeconds() - cpu0);
            log("scorer single row: " + singleRow);
            paced = new PacedLoad(s.port, 4).run("/invocations", "application/json", single,
                    singleRow.requestsPerSecond() / 2, Math.max(10, o.seconds()));
            log("scorer paced at half of peak: " + paced);
            wrk.run(url(s, "/invocations"), "application/json", batchJson, 3);
            double cpu1 = s.cpuSeconds();
            json100 = wrk.run(url(s, "/invocations"), "application/json", batchJson, o.seconds());
            json100PerCpu = json100.requestsPerSecond() * BATCH * o.seconds() / (s.cpuSeconds() - cpu1);
            log("scorer 100-row JSON: " + json100);
            csv100 = wrk.run(url(s, "/invocations"), "text/csv", batchCsv, o.seconds());
            log("scorer 100-row CSV: " + csv100);
        }

        // The same pacing against the scorer started as run.sh and the Dockerfile start it.
        PacedLoad.Result pacedShipped;
        try (ChildServer s = ChildServer.scorer(o.scorerJar(), model, log, SHIPPED_JVM_OPTIONS)) {
            wrk.run(url(s, "/invocations"), "application/json", single, 5);
            pacedShipped = new PacedLoad(s.port, 4).run("/invocations", "application/json", single,
                    paced.offeredPerSecond(), Math.max(10, o.seconds()));
            log("scorer with " + SHIPPED_JVM_OPTIONS + " paced at half of peak: " + pacedShipped);
        }

        Wrk.Result floor;
        long constantStartup;
        double constantStartupCpu;
        double floorPerCpu;
        PacedLoad.Result pacedFloor;
        try (ChildServer s = ChildServer.constant(log)) {
            constantStartup = s.startupMillis;
            constantStartupCpu = s.startupCpuSeconds;
            wrk.run(url(s, "/invocations"), "application/json", single, 3);
            double cpu0 = s.cpuSeconds();
            floor = wrk.run(url(s, "/invocations"), "application/json", single, o.seconds());
            floorPerCpu = floor.requestsPerSecond() * o.seconds() / (s.cpuSeconds() - cpu0);
            pacedFloor = new PacedLoad(s.port, 4).run("/invocations", "application/json", single,
                    paced.offeredPerSecond(), Math.max(10, o.seconds()));
        }
        log("constant server: " + floor + ", req per server CPU-second " + floorPerCpu);

        log("constant server paced at the scorer's half peak: " + pacedFloor);

        Scorer scorer = Scorer.load(model);
        InProcessThroughput inProcess = new InProcessThroughput(scorer);
        inProcess.rowsPerSecond(2, 1, 3);
        inProcess.rowsPerSecond(2, BATCH, 3);
        InProcessThroughput.Result p1 = inProcess.rowsPerSecond(1, 1, o.seconds() / 2.0);
        InProcessThroughput.Result p2 = inProcess.rowsPerSecond(2, 1, o.seconds() / 2.0);
        InProcessThroughput.Result b1 = inProcess.rowsPerSecond(1, BATCH, o.seconds() / 2.0);
        InProcessThroughput.Result b2 = inProcess.rowsPerSecond(2, BATCH, o.seconds() / 2.0);
        double predict1 = p1.rowsPerSecond();
        double predict2 = p2.rowsPerSecond();
        double batch1 = b1.rowsPerSecond();
        double batch2 = b2.rowsPerSecond();
        log("in-process: predict " + p1 + " / " + p2 + ", predictBatch " + b1 + " / " + b2);

        int smallRows = Math.max(1, o.batchRows() / 10);
        Path small = BenchRows.ensureCsv(o.dataDir().resolve("rows-" + smallRows + ".csv"), smallRows);
        Path big = BenchRows.ensureCsv(o.dataDir().resolve("rows-" + o.batchRows() + ".csv"), o.batchRows());
        Path out = o.dataDir().resolve("scored.csv");
        BatchCommandRun.run(o.scorerJar(), model, small, out, smallRows); // warm the page cache
        BatchCommandRun.Result smallRun = BatchCommandRun.run(o.scorerJar(), model, small, out, smallRows);
        BatchCommandRun.Result bigRun = BatchCommandRun.run(o.scorerJar(), model, big, out, o.batchRows());
        // The README, the model card and the run scripts ship the serial collector: measure the command as documented
        // too, beside the bare `java -jar` above.
        BatchCommandRun.Result smallShipped = BatchCommandRun.run(o.scorerJar(), model, small, out, smallRows,
                SHIPPED_JVM_OPTIONS);
        BatchCommandRun.Result bigShipped = BatchCommandRun.run(o.scorerJar(), model, big, out, o.batchRows(),
                SHIPPED_JVM_OPTIONS);
        Files.deleteIfExists(out);
        log("batch: " + smallRun + " / " + bigRun + "; with " + SHIPPED_JVM_OPTIONS + ": " + smallShipped + " / "
                + bigShipped);
        double marginal = (bigRun.rows() - smallRun.rows()) / (bigRun.seconds() - smallRun.seconds());
        double marginalPerCpu = (bigRun.rows() - smallRun.rows()) / (bigRun.cpuSeconds() - smallRun.cpuSeconds());

        double ceiling = Math.max(Math.max(predict1, predict2), Math.max(batch1, batch2));
        double bestBatchHttp = Math.max(json100.requestsPerSecond(), csv100.requestsPerSecond()) * BATCH;
        row("Start-up to first /ping 200 (min of 3)", ms(startup) + " (" + startups + " ms)", "< 1.5 s",
                startup < 1500);
        row("  CPU seconds used by then (all JVM threads, min of 3)", secs(startupCpu), "", null);
        row("  with an AppCDS archive (-XX:SharedArchiveFile, min of 3)", cdsStartups.isEmpty() ? "n/a"
                : ms(cdsStartups.stream().mapToLong(Long::longValue).min().orElseThrow()) + " (" + cdsStartups
                + " ms; " + secs(cdsStartupCpu) + " CPU)", "", null);
        row("  floor: constant-response server JVM to first 200 (same machine, same moment)", ms(constantStartup)
                + " (" + secs(constantStartupCpu) + " CPU)", "", null);
        row("Constant-response JDK server, req/s (" + wrk.describe() + ")", num(floor.requestsPerSecond()), "floor",
                null);
        row("  per server CPU-second", num(floorPerCpu), "", null);
        row("/invocations single-row JSON, req/s", num(singleRow.requestsPerSecond()) + " ("
                + pct(singleRow.requestsPerSecond() / floor.requestsPerSecond()) + " of constant)",
                ">= 50% of constant", singleRow.requestsPerSecond() >= floor.requestsPerSecond() / 2);
        row("  per server CPU-second", num(singlePerCpu) + " (" + pct(singlePerCpu / floorPerCpu)
                + " of constant)", "", null);
        row("  p50 / p99 at peak (closed loop)", ms(singleRow.p50Millis()) + " / " + ms(singleRow.p99Millis()), "",
                null);
        row("  p50 / p99 at half of peak (" + num(paced.offeredPerSecond()) + " req/s paced, 4 conns)",
                ms(paced.p50Millis()) + " / " + ms(paced.p99Millis()) + " (max " + ms(paced.maxMillis())
                        + ", achieved " + num(paced.achievedPerSecond()) + " req/s)", "p99 < 10 ms",
                paced.p99Millis() < 10);
        row("  the same with " + String.join(" ", SHIPPED_JVM_OPTIONS) + " (as run.sh and the Dockerfile start it)",
                ms(pacedShipped.p50Millis()) + " / " + ms(pacedShipped.p99Millis()) + " (max "
                        + ms(pacedShipped.maxMillis()) + ", achieved " + num(pacedShipped.achievedPerSecond())
                        + " req/s)", "p99 < 10 ms", pacedShipped.p99Millis() < 10);
        row("  floor: constant server paced at the same rate, p50 / p99", ms(pacedFloor.p50Millis()) + " / "
                + ms(pacedFloor.p99Millis()) + " (max " + ms(pacedFloor.maxMillis()) + ")", "", null);
        row("/invocations 100-row JSON, rows/s", num(json100.requestsPerSecond() * BATCH) + " ("
                + pct(json100.requestsPerSecond() * BATCH / ceiling) + " of ceiling)", "", null);
        row("  rows per server CPU-second", num(json100PerCpu) + " (in-process 1 thread: "
                + num(b1.rowsPerCpuSecond()) + ")", "", null);
        row("/invocations 100-row CSV, rows/s", num(csv100.requestsPerSecond() * BATCH) + " ("
                + pct(csv100.requestsPerSecond() * BATCH / ceiling) + " of ceiling)", ">= 50% of ceiling (best of JSON/CSV)",
                bestBatchHttp >= ceiling / 2);
        row("In-process Scorer.predict, rows/s, 1 thread (per CPU-second)", num(predict1) + " ("
                + num(p1.rowsPerCpuSecond()) + ")", "", null);
        row("In-process Scorer.predict, rows/s, 2 threads (per CPU-second)", num(predict2) + " ("
                + num(p2.rowsPerCpuSecond()) + ")", "", null);
        row("In-process predictBatch(100), rows/s, 1 thread (per CPU-second)", num(batch1) + " ("
                + num(b1.rowsPerCpuSecond()) + ")", "", null);
        row("In-process predictBatch(100), rows/s, 2 threads (per CPU-second)", num(batch2) + " ("
                + num(b2.rowsPerCpuSecond()) + ")", "ceiling = best in-process", null);
        row("batch " + num(smallRun.rows()) + " rows: rows/s (wall, JVM start incl.) / peak RSS",
                num(smallRun.rowsPerSecond()) + " / " + num(smallRun.peakRssMb()) + " MB", "", null);
        row("batch " + num(bigRun.rows()) + " rows: rows/s (wall, JVM start incl.) / peak RSS",
                num(bigRun.rowsPerSecond()) + " / " + num(bigRun.peakRssMb()) + " MB", ">= 200k rows/s",
                bigRun.rowsPerSecond() >= 200_000);
        row("batch marginal rows/s (extra rows / extra seconds)", num(marginal), "", null);
        row("batch marginal rows per CPU-second (all threads: JIT, GC included)", num(marginalPerCpu), "", null);
        row("batch memory flat (peak RSS big / small)",
                String.format(Locale.ROOT, "%.2fx", bigRun.peakRssMb() / smallRun.peakRssMb()), "<= 1.25x",
                bigRun.peakRssMb() <= smallRun.peakRssMb() * 1.25);
        row("batch as documented (" + String.join(" ", SHIPPED_JVM_OPTIONS) + "), " + num(bigShipped.rows())
                + " rows: rows/s / peak RSS", num(bigShipped.rowsPerSecond()) + " / " + num(bigShipped.peakRssMb())
                + " MB", ">= 200k rows/s", bigShipped.rowsPerSecond() >= 200_000);
        row("  " + num(smallShipped.rows()) + " rows: rows/s / peak RSS; memory flat (big / small)",
                num(smallShipped.rowsPerSecond()) + " / " + num(smallShipped.peakRssMb()) + " MB; "
                        + String.format(Locale.ROOT, "%.2fx", bigShipped.peakRssMb() / smallShipped.peakRssMb()),
                "<= 1.25x", bigShipped.peakRssMb() <= smallShipped.peakRssMb() * 1.25);
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

    /** Start-up with a dynamic class-data-sharing archive, written by one run that exits on SIGTERM. */
    private List<Long> cdsStartups(Path model, Path log) throws IOException, InterruptedException {
        Path archive = o.dataDir().resolve("scorer.jsa");
        Files.deleteIfExists(archive);
        try (ChildServer s = ChildServer.scorer(o.scorerJar(), model, log,
                List.of("-XX:ArchiveClassesAtExit=" + archive))) {
            log("archive run started in " + s.startupMillis + " ms");
        }
        List<Long> result = new ArrayList<>();
        if (!Files.isRegularFile(archive)) {
            return result;
        }
        for (int i = 0; i < 3; i++) {
            try (ChildServer s = ChildServer.scorer(o.scorerJar(), model, log,
                    List.of("-XX:SharedArchiveFile=" + archive))) {
                result.add(s.startupMillis);
                cdsStartupCpu = Math.min(cdsStartupCpu, s.startupCpuSeconds);
            }
        }
        return result;
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

    private static String secs(double v) {
        return String.format(Locale.ROOT, "%.2f s", v);
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
