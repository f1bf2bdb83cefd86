package io.modelwright.core.project;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Decides, without changing a byte of it, whether a file is a project this app can open: first by its header,
 * then through a read-only connection. Only then does {@link Project#open} open it for writing.
 */
final class ProjectFileInspector {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SQLITE_HEADER_SIZE = 100;

    private ProjectFileInspector() {
    }

    /**
     * @return the file's schema version, between 1 and {@link Migrations#latest()}
     * @throws ProjectException (or a subclass) saying why the file cannot be opened
     */
    static int schemaVersion(Path file) {
        requireSqliteFile(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        try (Connection c = DriverManager.getConnection(readOnlyUrl(file), config.toProperties());
             Statement s = c.createStatement()) {
            if (!hasMetaTable(s) || !Migrations.FORMAT.equals(meta(s, "format"))) {
                throw notAProject(file, "is a database, but not a Modelwright project");
            }
            int version = Math.max(parseVersion(file, meta(s, "schema_version")), userVersion(s));
            if (version > Migrations.latest()) {
                throw new NewerProjectException(file, version, Migrations.latest());
            }
            return version;
        } catch (SQLException e) {
            throw ProjectDatabase.failure(file, "open", e);
        }
    }

    /**
     * Without a -wal file everything is in the file itself, and {@code immutable=1} reads it without creating
     * -wal and -shm files beside it (a plain read-only open of a WAL file would). With a -wal file (left by a
     * crash, or another window has the project open) we must read through it; its -shm exists already.
     */
    private static String readOnlyUrl(Path file) {
        if (Files.exists(Path.of(file + "-wal"))) {
            return ProjectDatabase.url(file);
        }
        return "jdbc:sqlite:" + file.toUri() + "?immutable=1";
    }

    private static void requireSqliteFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ProjectException(file, "The project file '" + file.getFileName() + "' does not exist in "
                    + file.getParent() + ". It may have been moved, renamed or deleted; use Open to find it.");
        }
        byte[] header = new byte[SQLITE_HEADER_SIZE];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new ProjectException(file, "Cannot read the project file '" + file.getFileName() + "': "
                    + e.getMessage() + ". Check that you may read it.", e);
        }
        boolean sqlite = read == SQLITE_HEADER_SIZE
                && Arrays.equals(header, 0, SQLITE_HEADER.length, SQLITE_HEADER, 0, SQLITE_HEADER.length);
        if (!sqlite) {
            if (file.getFileName().toString().endsWith(Project.EXTENSION)) {
                throw new CorruptProjectException(file, ProjectDatabase.damagedMessage(file), null);
            }
            throw notAProject(file, "is not a Modelwright project");
        }
    }

    private static NotAProjectException notAProject(Path file, String what) {
        return new NotAProjectException(file, "'" + file.getFileName() + "' " + what + ". Open a project file ("
                + Project.EXTENSION + ") saved by Modelwright; to start from a CSV file, create a new project and "
                + "import it.");
    }

    private static boolean hasMetaTable(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) {
            return r.next();
        }
    }

    private static String meta(Statement s, String key) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = '" + key + "'")) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLiteException e) {
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_ERROR) {
                return null; // a "meta" table of another program, without our columns
            }
            throw e;
        }
    }

    private static int userVersion(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static int parseVersion(Path file, String text) {
        try {
            int version = Integer.parseInt(text);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CorruptProjectException(file, ProjectDatabase.damagedMessage(file), null);
    }
}
