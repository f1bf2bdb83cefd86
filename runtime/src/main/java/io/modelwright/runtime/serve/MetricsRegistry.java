package io.modelwright.runtime.serve;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters for {@code GET /metrics} in the Prometheus text format. Route templates keep label values bounded. */
final class MetricsRegistry {
    private static final double[] BUCKETS = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final LongAdder errors = new LongAdder();
    private final LongAdder rowsScored = new LongAdder();
    private final LongAdder[] bucketCounts = new LongAdder[BUCKETS.length];
    private final LongAdder latencyCount = new LongAdder();
    private final java.util.concurrent.atomic.DoubleAdder latencySum = new java.util.concurrent.atomic.DoubleAdder();

    MetricsRegistry() {
        for (int i = 0; i < BUCKETS.length; i++) {
            bucketCounts[i] = new LongAdder();
        }
    }

    void recordRequest(String route, int status, double seconds) {
        requests.computeIfAbsent(route + "\u0000" + status, k -> new LongAdder()).increment();
        if (status >= 400) {
            errors.increment();
        }
        latencyCount.increment();
        latencySum.add(seconds);
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                bucketCounts[i].increment();
            }
        }
    }

    void recordRows(int rows) {
        rowsScored.add(rows);
    }

    String render() {
        StringBuilder out = new StringBuilder(2048);
        out.append("# HELP scorer_requests_total HTTP requests by route and status.\n")
                .append("# TYPE scorer_requests_total counter\n");
        new TreeMap<>(requests).forEach((key, count) -> {
            String[] parts = key.split("\u0000");
            out.append("scorer_requests_total{path=\"").append(parts[0]).append("\",status=\"").append(parts[1])
                    .append("\"} ").append(count.sum()).append('\n');
        });
        out.append("# HELP scorer_errors_total HTTP responses with status 400 or above.\n")
                .append("# TYPE scorer_errors_total counter\n")
                .append("scorer_errors_total ").append(errors.sum()).append('\n')
                .append("# HELP scorer_rows_scored_total Rows scored.\n")
                .append("# TYPE scorer_rows_scored_total counter\n")
                .append("scorer_rows_scored_total ").append(rowsScored.sum()).append('\n')
                .append("# HELP scorer_request_duration_seconds Request latency.\n")
                .append("# TYPE scorer_request_duration_seconds histogram\n");
        for (int i = 0; i < BUCKETS.length; i++) {
            out.append("scorer_request_duration_seconds_bucket{le=\"").append(BUCKETS[i]).append("\"} ")
                    .append(bucketCounts[i].sum()).append('\n');
        }
        out.append("scorer_request_duration_seconds_bucket{le=\"+Inf\"} ").append(latencyCount.sum()).append('\n')
                .append("scorer_request_duration_seconds_sum ").append(latencySum.sum()).append('\n')
                .append("scorer_request_duration_seconds_count ").append(latencyCount.sum()).append('\n');
        return out.toString();
    }
}
