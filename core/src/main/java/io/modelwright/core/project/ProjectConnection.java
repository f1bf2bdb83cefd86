package io.modelwright.core.project;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one SQLite connection of an open project: reads, and writes that each run in their own transaction and
 * are folded into the project file right after they commit. SQLite failures become {@link ProjectException}s.
 */
final class ProjectConnection implements AutoCloseable {

    /** Work on the connection. */
    interface SqlWork<T> {
        T apply(Connection c) throws SQLException, JsonProcessingException;
    }

    private final Path file;
    private final Connection connection;

    ProjectConnection(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw ProjectDatabase.failure(file, "read", e);
        } catch (JsonProcessingException | UncheckedIOException e) {
            throw new CorruptProjectException(file, ProjectDatabase.damagedMessage(file), e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is saved, durably, or none of it. */
    synchronized <T> T write(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw ProjectDatabase.failure(file, "save", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        } finally {
            checkpointQuietly();
        }
    }

    private void checkpointQuietly() {
        try {
            ProjectDatabase.checkpoint(connection);
        } catch (SQLException e) {
            // The commit is durable in the -wal file already; the next checkpoint or close folds it in.
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw ProjectDatabase.failure(file, "close", e);
        }
    }
}
