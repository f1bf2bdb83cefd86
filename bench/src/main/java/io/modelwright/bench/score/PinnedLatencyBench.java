package io.modelwright.bench.score;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Latency at half of peak with the server and the load generator on different cores: the scorer (started as
 * {@code run.sh} and the Dockerfile start it) is pinned to core 0 with {@code taskset}, and this JVM, {@code wrk}
 * and the paced client ({@link SpinningPacedLoad}) run on core 1 ({@code bench/run-scorer.sh --pinned} starts this JVM under
 * {@code taskset -c 1}). On a 2-core machine the full benchmark's client and server compete for the same two cores,
 * so its p99 measures the client falling behind as much as the server; here the server's core does nothing else.
 * The constant-response server, pinned the same way, is the floor: what any JDK HTTP server does on this setup.
 * Prints one Markdown table.
 */
public final class PinnedLatencyBench {
    private static final List<String> SHIPPED_JVM_OPTIONS = List.of("-XX:+UseSerialGC");
    private static final List<String> SERVER_CORE = List.of("taskset", "-c", "0");
    private static final int PACED_CONNECTIONS = 16;

    private PinnedLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        ScorerBench.Options o = ScorerBench.Options.parse(args);
        if (Runtime.getRuntime().availableProcessors() != 1) {
            throw new IllegalStateException("Run this JVM on one core (bench/run-scorer.sh --pinned does: taskset -c 1);"
                    + " it sees " + Runtime.getRuntime().availableProcessors());
        }
        Files.createDirectories(o.dataDir());
        Path log = o.dataDir().resolve("servers.log");
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        Path model = BenchModel.ensure(o.dataDir().resolve("model"));
        Wrk wrk = new Wrk(o.dataDir(), 1, o.connections());
        String single = BenchRows.dataframeSplit(1, 7L);
        int pacedSeconds = Math.max(20, o.seconds());
        List<String[]> rows = new ArrayList<>();

        Wrk.Result peak;
        double peakBusy;
        List<PacedLoad.Result> paced = new ArrayList<>();
        try (ChildServer s = ChildServer.scorer(o.scorerJar(), model, log, SHIPPED_JVM_OPTIONS, SERVER_CORE)) {
            String url = "http://127.0.0.1:" + s.port + "/invocations";
            wrk.run(url, "application/json", single, 10);
            double cpu0 = s.cpuSeconds();
            long t0 = System.nanoTime();
            peak = wrk.run(url, "application/json", single, o.seconds());
            peakBusy = (s.cpuSeconds() - cpu0) / ((System.nanoTime() - t0) / 1e9);
            log("scorer peak on one core: " + peak + ", server core busy " + peakBusy);
            for (double share : new double[] {0.5, 0.5, 0.75}) {
                PacedLoad.Result r = new SpinningPacedLoad(s.port, PACED_CONNECTIONS).run("/invocations", "application/json",
                        single, peak.requestsPerSecond() * share, pacedSeconds);
                log("scorer paced at " + share + " of peak: " + r);
                paced.add(r);
            }
        }
        Wrk.Result floorPeak;
        PacedLoad.Result floorPaced;
        try (ChildServer s = ChildServer.constant(log, SERVER_CORE)) {
            String url = "http://127.0.0.1:" + s.port + "/invocations";
            wrk.run(url, "application/json", single, 5);
            floorPeak = wrk.run(url, "application/json", single, o.seconds());
            floorPaced = new SpinningPacedLoad(s.port, PACED_CONNECTIONS).run("/invocations", "application/json", single,
                    paced.get(0).offeredPerSecond(), pacedSeconds);
            log("constant server: peak " + floorPeak + ", paced " + floorPaced);
        }

        rows.add(new String[] {"scorer peak, single-row JSON (" + wrk.describe() + ", closed loop)",
                num(peak.requestsPerSecond()) + " req/s (p50 " + ms(peak.p50Millis()) + ", p99 "
                        + ms(peak.p99Millis()) + "; server core busy " + String.format(Locale.ROOT, "%.0f%%",
                        100 * peakBusy) + ")", "", ""});
        String[] labels = {"half of peak, run 1", "half of peak, run 2", "three quarters of peak"};
        for (int i = 0; i < paced.size(); i++) {
            PacedLoad.Result r = paced.get(i);
            boolean half = i < 2;
            rows.add(new String[] {"scorer paced at " + labels[i] + " (" + num(r.offeredPerSecond()) + " req/s, "
                    + PACED_CONNECTIONS + " conns, " + pacedSeconds + " s)", "p50 " + ms(r.p50Millis()) + " / p99 "
                    + ms(r.p99Millis()) + " (max " + ms(r.maxMillis()) + ", achieved " + num(r.achievedPerSecond())
                    + " req/s, non-200: " + r.non200() + ")", half ? "p99 < 10 ms" : "",
                    half ? (r.p99Millis() < 10 ? "yes" : "**no**") : ""});
        }
        rows.add(new String[] {"floor: constant server, peak / paced at the scorer's half peak",
                num(floorPeak.requestsPerSecond()) + " req/s / p50 " + ms(floorPaced.p50Millis()) + ", p99 "
                        + ms(floorPaced.p99Millis()) + " (max " + ms(floorPaced.maxMillis()) + ")", "", ""});

        System.out.println();
        System.out.println("Server on core 0 (" + String.join(" ", SERVER_CORE) + " java "
                + String.join(" ", SHIPPED_JVM_OPTIONS) + " -jar modelwright-scorer.jar serve), load generators on"
                + " core 1; Java " + System.getProperty("java.version") + "; load average before " + loadBefore
                + ", after " + Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.println();
        System.out.println("| Measurement | Result | Target | Met |");
        System.out.println("|---|---|---|---|");
        for (String[] r : rows) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.1f ms", v);
    }

    private static void log(String s) {
        System.err.println("[pinned] " + s);
    }
}
