package io.modelwright.core.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The ordered history of the project file format. Never edit a released step; add a new one. The version is kept
 * twice: in {@code meta.schema_version} (what we read) and in {@code PRAGMA user_version} (what sqlite tools show).
 */
final class Migrations {

    /** Written in {@code meta.format}; a file without it is not a project. */
    static final String FORMAT = "modelwright-project";

    static final List<Migration> ALL = List.of(
            new Migration(1, "dataset, schema, runs", List.of(
                    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    """
                    CREATE TABLE dataset (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        original_path TEXT NOT NULL,
                        file_name TEXT NOT NULL,
                        size_bytes INTEGER NOT NULL,
                        sha256 TEXT NOT NULL,
                        row_count INTEGER NOT NULL,
                        embedded_csv_gzip BLOB)""",
                    """
                    CREATE TABLE import_settings (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        encoding TEXT NOT NULL,
                        delimiter TEXT NOT NULL,
                        decimal_separator TEXT NOT NULL,
                        header INTEGER NOT NULL,
                        skip_bad_rows INTEGER NOT NULL,
                        missing_tokens TEXT NOT NULL)""",
                    """
                    CREATE TABLE schema_column (
                        position INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE,
                        type TEXT NOT NULL,
                        role TEXT NOT NULL CHECK (role IN ('feature', 'target', 'ignore')))""",
                    // Small columns only, so listing never reads the large parts.
                    """
                    CREATE TABLE run (
                        run_id TEXT PRIMARY KEY,
                        created_ms INTEGER NOT NULL,
                        task TEXT NOT NULL,
                        algorithm TEXT NOT NULL,
                        validation TEXT NOT NULL,
                        seed INTEGER NOT NULL,
                        hyperparameters TEXT NOT NULL,
                        timings_ms TEXT NOT NULL,
                        app_version TEXT NOT NULL,
                        tribuo_version TEXT NOT NULL,
                        java_version TEXT NOT NULL)""",
                    "CREATE INDEX run_by_created ON run (created_ms, run_id)",
                    // Plain columns, so listing needs no JSON and leaderboards can sort in SQL. SQLite stores NaN
                    // as NULL; per_fold is Double.toString values joined by commas (exact, NaN included).
                    """
                    CREATE TABLE run_metric (
                        run_id TEXT NOT NULL REFERENCES run (run_id) ON DELETE CASCADE,
                        name TEXT NOT NULL,
                        value REAL,
                        std REAL,
                        per_fold TEXT NOT NULL,
                        PRIMARY KEY (run_id, name)) WITHOUT ROWID""",
                    """
                    CREATE TABLE run_payload (
                        run_id TEXT PRIMARY KEY REFERENCES run (run_id) ON DELETE CASCADE,
                        featurizer_spec TEXT NOT NULL,
                        curves TEXT NOT NULL,
                        feature_importances TEXT NOT NULL,
                        provenance TEXT NOT NULL,
                        held_out TEXT NOT NULL,
                        model BLOB NOT NULL)""")),
            new Migration(2, "free-text note per run", List.of(
                    "ALTER TABLE run ADD COLUMN note TEXT NOT NULL DEFAULT ''")));

    private Migrations() {
    }

    /** @return the newest schema version this app reads and writes */
    static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }

    /**
     * Brings a file from {@code from} to {@code to}; the caller owns the transaction. From 0 means an empty file.
     */
    static void migrate(Connection c, int from, int to) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Migration m : ALL) {
                if (m.version() > from && m.version() <= to) {
                    for (String sql : m.statements()) {
                        s.executeUpdate(sql);
                    }
                }
            }
            s.executeUpdate("PRAGMA user_version = " + to);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            put(p, "format", FORMAT);
            put(p, "schema_version", Integer.toString(to));
        }
    }

    private static void put(PreparedStatement p, String key, String value) throws SQLException {
        p.setString(1, key);
        p.setString(2, value);
        p.executeUpdate();
    }
}
