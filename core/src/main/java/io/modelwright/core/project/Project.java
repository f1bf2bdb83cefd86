package io.modelwright.core.project;

import io.modelwright.core.ModelwrightException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An open project file ({@code .mwproj}): one SQLite database holding the dataset reference, the confirmed schema
 * and every run. Every change is one durable transaction, saved when the method returns. Methods are
 * thread-safe; close the project when done.
 */
public final class Project implements AutoCloseable {

    /** File name extension of project files, with the dot. */
    public static final String EXTENSION = ".mwproj";

    private final Path file;
    private final ProjectConnection db;

    private Project(Path file, Connection connection) {
        this.file = file;
        this.db = new ProjectConnection(file, connection);
    }

    /**
     * Creates a new, empty project file.
     *
     * @throws ProjectException when the file already exists or cannot be written
     */
    public static Project create(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new ProjectException(target, "Cannot create the project '" + target.getFileName()
                    + "': a file with that name already exists in " + target.getParent()
                    + ". Choose another name, or open the existing project.");
        }
        Connection c = null;
        try {
            c = ProjectDatabase.openReadWrite(target);
            Project project = new Project(target, c);
            project.db.write(tx -> {
                Migrations.migrate(tx, 0, Migrations.latest());
                return null;
            });
            return project;
        } catch (SQLException e) {
            closeQuietly(c);
            deleteQuietly(target);
            throw ProjectDatabase.failure(target, "create", e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            deleteQuietly(target);
            throw e;
        }
    }

    /**
     * Opens an existing project, bringing an older file format up to date. The file is inspected read-only
     * first: a file that is not a project, is damaged, or comes from a newer Modelwright is never changed.
     *
     * @throws NotAProjectException     when the file is something else (a CSV file, another program's database)
     * @throws CorruptProjectException  when the file is damaged
     * @throws NewerProjectException    when a newer Modelwright saved it
     * @throws ProjectException         when it is missing or cannot be opened for writing
     */
    public static Project open(Path file) {
        Path target = file.toAbsolutePath().normalize();
        int version = ProjectFileInspector.schemaVersion(target);
        Connection c = null;
        try {
            c = ProjectDatabase.openReadWrite(target);
            Project project = new Project(target, c);
            if (version < Migrations.latest()) {
                project.migrate();
            }
            return project;
        } catch (SQLException e) {
            closeQuietly(c);
            throw ProjectDatabase.failure(target, "open", e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Loads the SQLite driver and its native library (the largest part of opening the first project in a fresh
     * JVM). Call it once in the background when the app starts; it is optional.
     */
    public static void warmUp() {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
            c.getMetaData();
        } catch (SQLException e) {
            throw new ModelwrightException("The database library cannot start: " + e.getMessage()
                    + ". Reinstall Modelwright.", e);
        }
    }

    private void migrate() {
        db.write(tx -> {
            // Read again inside the write lock: another window may have migrated the file meanwhile.
            int current;
            try (var s = tx.createStatement(); var r = s.executeQuery(
                    "SELECT value FROM meta WHERE key = 'schema_version'")) {
                current = r.next() ? Integer.parseInt(r.getString(1)) : 0;
            }
            if (current < Migrations.latest()) {
                Migrations.migrate(tx, current, Migrations.latest());
            }
            return null;
        });
    }

    /** @return the project file */
    public Path path() {
        return file;
    }

    /**
     * Records the data file, replacing any earlier one.
     *
     * @param dataset     the file's reference and fingerprint
     * @param embeddedCsv the file's bytes, to keep a compressed copy inside the project (for mailing it), or empty
     * @throws IllegalArgumentException when the embedded bytes are not the fingerprinted file
     */
    public void saveDataset(DatasetRef dataset, Optional<byte[]> embeddedCsv) {
        Objects.requireNonNull(dataset, "dataset");
        byte[] copy = embeddedCsv.orElse(null);
        if (copy != null && !DatasetRef.sha256(copy).equals(dataset.sha256())) {
            throw new IllegalArgumentException("The embedded CSV bytes are not the file '" + dataset.fileName()
                    + "' (fingerprints differ)");
        }
        db.write(tx -> {
            DatasetTable.save(tx, dataset, copy);
            return null;
        });
    }

    /** @return the data file's reference, if one was saved */
    public Optional<DatasetRef> dataset() {
        return db.read(DatasetTable::load);
    }

    /** @return the uncompressed bytes of the CSV copy kept inside the project, if any */
    public Optional<byte[]> embeddedCsv() {
        return db.read(DatasetTable::embeddedCsv);
    }

    /** @return true when the project keeps a copy of the CSV file inside */
    public boolean hasEmbeddedCsv() {
        return db.read(DatasetTable::hasEmbeddedCsv);
    }

    /**
     * Checks the data file at the location where it was saved (or last relocated).
     *
     * @throws ProjectException when the project has no data file yet
     */
    public DatasetStatus checkDataset() {
        return checkDataset(Path.of(requireDataset().originalPath()));
    }

    /**
     * Checks whether a file is this project's data: present, and with the same fingerprint.
     *
     * @param location where to look
     * @return OK, CHANGED or MISSING, with a message saying what to do
     * @throws ProjectException when the project has no data file yet
     */
    public DatasetStatus checkDataset(Path location) {
        DatasetRef dataset = requireDataset();
        return new DatasetChecker(dataset, hasEmbeddedCsv()).check(location.toAbsolutePath().normalize());
    }

    /**
     * Points the project at its data file in a new place, after checking it is the same data.
     *
     * @throws DatasetMismatchException when the file is missing or holds different data; nothing is changed
     */
    public void relocateDataset(Path newLocation) {
        DatasetStatus status = checkDataset(newLocation);
        if (!status.isOk()) {
            throw new DatasetMismatchException(file, status);
        }
        DatasetRef moved = requireDataset().movedTo(newLocation);
        db.write(tx -> {
            DatasetTable.relocate(tx, moved);
            return null;
        });
    }

    /**
     * Saves the confirmed schema, replacing any earlier one.
     *
     * @param columns        per column: type and role, in file order
     * @param importSettings how the file is read
     * @throws IllegalArgumentException when a column appears twice or there is more than one target
     */
    public void saveSchema(List<SchemaDecision> columns, ImportSettings importSettings) {
        ProjectSchema schema = new ProjectSchema(columns, importSettings);
        db.write(tx -> {
            SchemaTable.save(tx, schema);
            return null;
        });
    }

    /** @return the confirmed schema, if one was saved */
    public Optional<ProjectSchema> schema() {
        return db.read(SchemaTable::load);
    }

    /**
     * Saves a finished run. Absolute paths are stripped from its provenance first.
     *
     * @param run the run; when its id is null the project gives it a new one
     * @return the run's id
     * @throws ProjectException when a run with the given id exists already, or the file cannot be written
     */
    public String addRun(RunRecord run) {
        RunRecord cleaned = run.toBuilder()
                .provenanceJson(ProvenancePaths.stripAbsolutePaths(run.provenanceJson()))
                .build();
        return db.write(tx -> {
            String id = cleaned.runId();
            if (id == null) {
                do {
                    id = RunIds.next(cleaned.created().toEpochMilli());
                } while (RunTable.exists(tx, id));
            } else if (RunTable.exists(tx, id)) {
                throw new ProjectException(file, "The project '" + file.getFileName() + "' already has a run '"
                        + id + "'.");
            }
            RunTable.insert(tx, cleaned.withRunId(id));
            return id;
        });
    }

    /** @return every run, oldest first, without the large parts (fast even with hundreds of runs) */
    public List<RunSummary> listRuns() {
        return db.read(RunTable::list);
    }

    /**
     * @return the whole run, model included
     * @throws ProjectException when there is no such run
     */
    public RunRecord loadRun(String runId) {
        return db.read(c -> RunTable.load(c, runId)).orElseThrow(() -> unknownRun(runId));
    }

    /**
     * Replaces a run's note.
     *
     * @throws ProjectException when there is no such run
     */
    public void updateNote(String runId, String note) {
        if (!db.write(tx -> RunTable.updateNote(tx, runId, note))) {
            throw unknownRun(runId);
        }
    }

    /**
     * Deletes a run and its model.
     *
     * @throws ProjectException when there is no such run
     */
    public void deleteRun(String runId) {
        if (!db.write(tx -> RunTable.delete(tx, runId))) {
            throw unknownRun(runId);
        }
    }

    /** Closes the file; SQLite folds the write-ahead log back into it. */
    @Override
    public void close() {
        db.close();
    }

    private DatasetRef requireDataset() {
        return dataset().orElseThrow(() -> new ProjectException(file, "The project '" + file.getFileName()
                + "' has no data file yet. Import a CSV file first."));
    }

    private ProjectException unknownRun(String runId) {
        return new ProjectException(file, "There is no run '" + runId + "' in the project '" + file.getFileName()
                + "'. It may have been deleted; refresh the list of runs.");
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // already failing; the first error is the one to report
            }
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : List.of("", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                // best effort: a half-created project is useless but harmless
            }
        }
    }
}
