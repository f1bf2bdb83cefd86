package io.modelwright.core.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.modelwright.runtime.featurize.FeaturizerSpec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SQL of runs: the small listing columns live in {@code run}, metrics in {@code run_metric}, the large parts
 * in {@code run_payload}.
 */
final class RunTable {
    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() { };
    private static final TypeReference<Map<String, Long>> LONG_MAP = new TypeReference<>() { };

    private RunTable() {
    }

    static boolean exists(Connection c, String runId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM run WHERE run_id = ?")) {
            p.setString(1, runId);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    static void insert(Connection c, RunRecord run) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO run (run_id, created_ms, task, algorithm, validation, seed, hyperparameters, timings_ms,
                                 app_version, tribuo_version, java_version, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int i = 0;
            p.setString(++i, run.runId());
            p.setLong(++i, run.created().toEpochMilli());
            p.setString(++i, run.task());
            p.setString(++i, run.algorithm());
            p.setString(++i, run.validation());
            p.setLong(++i, run.seed());
            p.setString(++i, ProjectJson.write(run.hyperparameters()));
            p.setString(++i, ProjectJson.write(run.timingsMs()));
            p.setString(++i, run.versions().app());
            p.setString(++i, run.versions().tribuo());
            p.setString(++i, run.versions().java());
            p.setString(++i, run.note());
            p.executeUpdate();
        }
        insertMetrics(c, run);
        insertPayload(c, run);
    }

    static void insertMetrics(Connection c, RunRecord run) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO run_metric (run_id, name, value, std, per_fold) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, MetricValue> metric : run.metrics().entrySet()) {
                p.setString(1, run.runId());
                p.setString(2, metric.getKey());
                p.setDouble(3, metric.getValue().value());
                p.setDouble(4, metric.getValue().std());
                p.setString(5, metric.getValue().perFold().stream().map(String::valueOf)
                        .collect(Collectors.joining(",")));
                p.executeUpdate();
            }
        }
    }

    static void insertPayload(Connection c, RunRecord run) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO run_payload (run_id, featurizer_spec, curves, feature_importances, provenance, held_out,
                                         model)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            int i = 0;
            p.setString(++i, run.runId());
            p.setString(++i, ProjectJson.write(run.featurizerSpec()));
            p.setString(++i, run.curvesJson());
            p.setString(++i, run.importancesJson());
            p.setString(++i, run.provenanceJson());
            p.setString(++i, run.heldOutJson());
            p.setBytes(++i, run.modelBytes());
            p.executeUpdate();
        }
    }

    static List<RunSummary> list(Connection c) throws SQLException {
        Map<String, Map<String, Double>> headlines = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT run_id, name, value FROM run_metric");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                headlines.computeIfAbsent(r.getString(1), id -> new HashMap<>()).put(r.getString(2), real(r, 3));
            }
        }
        List<RunSummary> runs = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("""
                SELECT run_id, created_ms, task, algorithm, validation, note
                FROM run ORDER BY created_ms, run_id""");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String runId = r.getString(1);
                runs.add(new RunSummary(runId, Instant.ofEpochMilli(r.getLong(2)), r.getString(3), r.getString(4),
                        r.getString(5), headlines.getOrDefault(runId, Map.of()), r.getString(6)));
            }
        }
        return runs;
    }

    private static Map<String, MetricValue> metrics(Connection c, String runId) throws SQLException {
        Map<String, MetricValue> metrics = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT name, value, std, per_fold FROM run_metric WHERE run_id = ?")) {
            p.setString(1, runId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String folds = r.getString(4);
                    metrics.put(r.getString(1), new MetricValue(real(r, 2), real(r, 3), folds.isEmpty() ? List.of()
                            : Arrays.stream(folds.split(",")).map(Double::valueOf).toList()));
                }
            }
        }
        return metrics;
    }

    /** SQLite keeps NaN as NULL. */
    private static double real(ResultSet r, int column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? Double.NaN : value;
    }

    static Optional<RunRecord> load(Connection c, String runId) throws SQLException, JsonProcessingException {
        try (PreparedStatement p = c.prepareStatement("""
                SELECT r.*, d.featurizer_spec, d.curves, d.feature_importances, d.provenance, d.held_out, d.model
                FROM run r JOIN run_payload d ON d.run_id = r.run_id WHERE r.run_id = ?""")) {
            p.setString(1, runId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(read(r, metrics(c, runId))) : Optional.empty();
            }
        }
    }

    private static RunRecord read(ResultSet r, Map<String, MetricValue> metrics)
            throws SQLException, JsonProcessingException {
        return RunRecord.builder()
                .runId(r.getString("run_id"))
                .created(Instant.ofEpochMilli(r.getLong("created_ms")))
                .task(r.getString("task"))
                .algorithm(r.getString("algorithm"))
                .validation(r.getString("validation"))
                .seed(r.getLong("seed"))
                .hyperparameters(ProjectJson.read(r.getString("hyperparameters"), TEXT_MAP))
                .metrics(metrics)
                .timingsMs(ProjectJson.read(r.getString("timings_ms"), LONG_MAP))
                .versions(new Versions(r.getString("app_version"), r.getString("tribuo_version"),
                        r.getString("java_version")))
                .note(r.getString("note"))
                .featurizerSpec(ProjectJson.read(r.getString("featurizer_spec"), FeaturizerSpec.class))
                .curvesJson(r.getString("curves"))
                .importancesJson(r.getString("feature_importances"))
                .provenanceJson(r.getString("provenance"))
                .heldOutJson(r.getString("held_out"))
                .model(r.getBytes("model"))
                .build();
    }

    static boolean updateNote(Connection c, String runId, String note) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE run SET note = ? WHERE run_id = ?")) {
            p.setString(1, note == null ? "" : note);
            p.setString(2, runId);
            return p.executeUpdate() == 1;
        }
    }

    static boolean delete(Connection c, String runId) throws SQLException {
        try (PreparedStatement payload = c.prepareStatement("DELETE FROM run_payload WHERE run_id = ?");
             PreparedStatement metrics = c.prepareStatement("DELETE FROM run_metric WHERE run_id = ?");
             PreparedStatement run = c.prepareStatement("DELETE FROM run WHERE run_id = ?")) {
            payload.setString(1, runId);
            payload.executeUpdate();
            metrics.setString(1, runId);
            metrics.executeUpdate();
            run.setString(1, runId);
            return run.executeUpdate() == 1;
        }
    }
}
