package io.modelwright.core.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.modelwright.runtime.schema.ColumnType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of the confirmed schema: one row per column, and the import settings. */
final class SchemaTable {
    private static final TypeReference<List<String>> TEXT_LIST = new TypeReference<>() { };

    private SchemaTable() {
    }

    static void save(Connection c, ProjectSchema schema) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM schema_column");
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO schema_column (position, name, type, role) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (SchemaDecision d : schema.columns()) {
                p.setInt(1, position++);
                p.setString(2, d.column());
                p.setString(3, d.type().id());
                p.setString(4, d.role().id());
                p.executeUpdate();
            }
        }
        ImportSettings settings = schema.importSettings();
        try (PreparedStatement p = c.prepareStatement("""
                INSERT OR REPLACE INTO import_settings (id, encoding, delimiter, decimal_separator, header,
                                                        skip_bad_rows, missing_tokens)
                VALUES (1, ?, ?, ?, ?, ?, ?)""")) {
            p.setString(1, settings.encoding());
            p.setString(2, String.valueOf(settings.delimiter()));
            p.setString(3, String.valueOf(settings.decimalSeparator()));
            p.setBoolean(4, settings.header());
            p.setBoolean(5, settings.skipBadRows());
            p.setString(6, ProjectJson.write(settings.missingTokens()));
            p.executeUpdate();
        }
    }

    static Optional<ProjectSchema> load(Connection c) throws SQLException, JsonProcessingException {
        ImportSettings settings;
        try (PreparedStatement p = c.prepareStatement("""
                SELECT encoding, delimiter, decimal_separator, header, skip_bad_rows, missing_tokens
                FROM import_settings WHERE id = 1""");
             ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            settings = new ImportSettings(r.getString(1), r.getString(2).charAt(0), r.getString(3).charAt(0),
                    r.getBoolean(4), r.getBoolean(5), ProjectJson.read(r.getString(6), TEXT_LIST));
        }
        List<SchemaDecision> columns = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT name, type, role FROM schema_column ORDER BY position");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                columns.add(new SchemaDecision(r.getString(1), ColumnType.fromId(r.getString(2)),
                        ColumnRole.fromId(r.getString(3))));
            }
        }
        return Optional.of(new ProjectSchema(columns, settings));
    }
}
