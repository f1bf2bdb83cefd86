package io.modelwright.bench.score;

/**
 * One paced latency run against a server already listening, for experiments (JVM flags, GC):
 * {@code PacedProbe PORT RATE SECONDS [rows]} posts single-row (or n-row) JSON to {@code /invocations}.
 */
public final class PacedProbe {
    private PacedProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        int rows = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        PacedLoad.Result r = new PacedLoad(Integer.parseInt(args[0]), 4).run("/invocations", "application/json",
                BenchRows.dataframeSplit(rows, 7L), Double.parseDouble(args[1]), Integer.parseInt(args[2]));
        System.out.println(r);
    }
}
