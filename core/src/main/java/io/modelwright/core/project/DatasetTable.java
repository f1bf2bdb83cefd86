package io.modelwright.core.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The SQL of the project's single dataset row, with the optional gzipped copy of the CSV file. */
final class DatasetTable {

    private DatasetTable() {
    }

    static void save(Connection c, DatasetRef ref, byte[] embeddedCsv) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT OR REPLACE INTO dataset (id, original_path, file_name, size_bytes, sha256, row_count,
                                                embedded_csv_gzip)
                VALUES (1, ?, ?, ?, ?, ?, ?)""")) {
            p.setString(1, ref.originalPath());
            p.setString(2, ref.fileName());
            p.setLong(3, ref.sizeBytes());
            p.setString(4, ref.sha256());
            p.setLong(5, ref.rowCount());
            p.setBytes(6, embeddedCsv == null ? null : gzip(embeddedCsv));
            p.executeUpdate();
        }
    }

    static void relocate(Connection c, DatasetRef moved) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE dataset SET original_path = ?, file_name = ? WHERE id = 1")) {
            p.setString(1, moved.originalPath());
            p.setString(2, moved.fileName());
            p.executeUpdate();
        }
    }

    static Optional<DatasetRef> load(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT original_path, file_name, size_bytes, sha256, row_count FROM dataset WHERE id = 1");
             ResultSet r = p.executeQuery()) {
            return r.next() ? Optional.of(new DatasetRef(r.getString(1), r.getString(2), r.getLong(3),
                    r.getString(4), r.getLong(5))) : Optional.empty();
        }
    }

    static Optional<byte[]> embeddedCsv(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT embedded_csv_gzip FROM dataset WHERE id = 1");
             ResultSet r = p.executeQuery()) {
            byte[] compressed = r.next() ? r.getBytes(1) : null;
            return compressed == null ? Optional.empty() : Optional.of(gunzip(compressed));
        }
    }

    static boolean hasEmbeddedCsv(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT 1 FROM dataset WHERE id = 1 AND embedded_csv_gzip IS NOT NULL");
             ResultSet r = p.executeQuery()) {
            return r.next();
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded copy of the data is damaged", e);
        }
    }
}
