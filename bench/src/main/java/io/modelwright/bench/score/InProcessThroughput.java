package io.modelwright.bench.score;

import io.modelwright.runtime.score.Scorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling: {@link Scorer#predict} and {@link Scorer#predictBatch} called directly on named rows (the same
 * parse, featurize and predict work the server does, without HTTP or JSON), on 1 or more threads for a fixed time.
 */
final class InProcessThroughput {
    private final Scorer scorer;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    InProcessThroughput(Scorer scorer) {
        this.scorer = scorer;
        BenchRows data = new BenchRows(3L);
        for (int i = 0; i < 10_000; i++) {
            rows.add(data.nextRow());
        }
    }

    /**
     * Rows per wall-clock second, and per CPU second of the whole JVM (scoring threads, GC and JIT), counted the
     * way the HTTP and batch figures are (their servers' CPU comes from /proc for the whole process).
     */
    record Result(double rowsPerSecond, double rowsPerCpuSecond) {
    }

    /** @return rows/s with {@code batchSize} 1 (predict) or more (predictBatch) */
    Result rowsPerSecond(int threads, int batchSize, double seconds) throws InterruptedException {
        AtomicLong scored = new AtomicLong();
        long cpu0 = processCpuNanos();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int offset = t * 997;
            Thread w = new Thread(() -> {
                long n = 0;
                int i = offset;
                while (System.nanoTime() < end) {
                    for (int k = 0; k < 50; k++) {
                        if (batchSize == 1) {
                            scorer.predict(rows.get(i));
                            i = (i + 1) % rows.size();
                            n++;
                        } else {
                            int from = (i + batchSize) > rows.size() ? 0 : i;
                            n += scorer.predictBatch(rows.subList(from, from + batchSize)).size();
                            i = from + batchSize;
                        }
                    }
                }
                scored.addAndGet(n);
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        double wallSeconds = (System.nanoTime() - t0) / 1e9;
        return new Result(scored.get() / wallSeconds, scored.get() / ((processCpuNanos() - cpu0) / 1e9));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
