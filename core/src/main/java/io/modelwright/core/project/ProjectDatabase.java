package io.modelwright.core.project;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Opens the SQLite connection behind a project and turns SQLite failures into messages for people. */
final class ProjectDatabase {

    private ProjectDatabase() {
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    /**
     * Opens for reading and writing. Durability: WAL journal with synchronous=FULL. In WAL mode a commit is one
     * sequential append to the -wal file; FULL makes SQLite fsync it before the commit returns, so a saved run
     * survives a crash of the app and a power cut alike (NORMAL would survive the crash but could lose the last
     * commits on power loss). A crash mid-write leaves only uncommitted frames, which every reader, including the
     * read-only inspection that precedes every open, simply ignores; a rollback journal would instead need a
     * writer to roll it back before the file could even be inspected. We checkpoint after each save (see
     * {@link #checkpoint}) so the .mwproj file alone is complete whenever it is copied or mailed.
     */
    static Connection openReadWrite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return DriverManager.getConnection(url(file), config.toProperties());
    }

    /** Copies committed pages from the -wal file into the project file itself. */
    static void checkpoint(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(PASSIVE)");
        }
    }

    /** @return the exception to throw for a SQLite failure while doing {@code action} ("open", "save", ...) */
    static ProjectException failure(Path file, String action, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        String name = "'" + file.getFileName() + "'";
        if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB
                || code == SQLiteErrorCode.SQLITE_CORRUPT_INDEX || code == SQLiteErrorCode.SQLITE_CORRUPT_SEQUENCE
                || code == SQLiteErrorCode.SQLITE_CORRUPT_VTAB) {
            return new CorruptProjectException(file, damagedMessage(file), e);
        }
        if (code == SQLiteErrorCode.SQLITE_FULL) {
            return new ProjectException(file, "Cannot " + action + " the project " + name
                    + ": the disk is full. Free some space and try again.", e);
        }
        if (code != null && (code.name().startsWith("SQLITE_READONLY") || code == SQLiteErrorCode.SQLITE_PERM
                || code.name().startsWith("SQLITE_CANTOPEN"))) {
            return new ProjectException(file, "Cannot " + action + " the project " + name + " in "
                    + file.getParent() + ": the file or its folder cannot be written. Copy the project to a "
                    + "folder you own (for example Documents) and open it from there.", e);
        }
        if (code != null && code.name().startsWith("SQLITE_BUSY")) {
            return new ProjectException(file, "Cannot " + action + " the project " + name
                    + ": another program is using it. Close the other Modelwright window and try again.", e);
        }
        return new ProjectException(file, "Cannot " + action + " the project " + name + ": "
                + e.getMessage() + ".", e);
    }

    static String damagedMessage(Path file) {
        return "The project file '" + file.getFileName() + "' is damaged and cannot be read (it may have been "
                + "cut short while copying, or overwritten). Open a backup copy if you have one; otherwise "
                + "create a new project from your CSV file.";
    }
}
