package io.modelwright.core.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files that are not projects, are damaged, or are too new: a clear message, and the file left as it was. */
class UnreadableProjectFileTest {
    @TempDir
    Path dir;

    @Test
    void refusesAProjectFromANewerModelwrightAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("future.mwproj");
        try (Project project = Project.create(file)) {
            project.addRun(SampleRuns.run(1));
        }
        sql(file, "UPDATE meta SET value = '7' WHERE key = 'schema_version'", "PRAGMA user_version = 7");
        Snapshot before = Snapshot.of(file);

        assertThatThrownBy(() -> Project.open(file)).isInstanceOf(NewerProjectException.class)
                .hasMessage("This project (future.mwproj) was saved by a newer Modelwright (schema 7; this app reads"
                        + " up to " + Migrations.latest() + "). Update Modelwright to open it.");
        assertThat(Snapshot.of(file)).isEqualTo(before);
        assertThat(dir.toFile().list()).as("no -wal or -shm left beside it").containsExactly("future.mwproj");
    }

    @Test
    void refusesACsvFileSayingHowToStartFromIt() throws Exception {
        Path csv = Files.copy(Path.of("../sample-data/iris.csv"), dir.resolve("iris.csv"));
        Snapshot before = Snapshot.of(csv);

        assertThatThrownBy(() -> Project.open(csv)).isInstanceOf(NotAProjectException.class)
                .hasMessageContaining("'iris.csv' is not a Modelwright project")
                .hasMessageContaining("create a new project and import it");
        assertThat(Snapshot.of(csv)).isEqualTo(before);
    }

    @Test
    void refusesAnotherProgramsDatabaseAndLeavesItUntouched() throws Exception {
        Path db = dir.resolve("shop.db");
        sql(db, "CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO customer VALUES (1, 'A')");
        Snapshot before = Snapshot.of(db);

        assertThatThrownBy(() -> Project.open(db)).isInstanceOf(NotAProjectException.class)
                .hasMessageContaining("'shop.db' is a database, but not a Modelwright project");
        assertThat(Snapshot.of(db)).isEqualTo(before);
    }

    @Test
    void refusesADatabaseWhoseMetaTableIsNotOurs() throws Exception {
        Path db = dir.resolve("other.mwproj");
        sql(db, "CREATE TABLE meta (name TEXT, content BLOB)");
        Snapshot before = Snapshot.of(db);

        assertThatThrownBy(() -> Project.open(db)).isInstanceOf(NotAProjectException.class);
        assertThat(Snapshot.of(db)).isEqualTo(before);
    }

    @Test
    void reportsAFileOfRandomBytesAsDamaged() throws Exception {
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.mwproj"), noise);
        Snapshot before = Snapshot.of(file);

        assertThatThrownBy(() -> Project.open(file)).isInstanceOf(CorruptProjectException.class)
                .hasMessageContaining("'noise.mwproj' is damaged").hasMessageContaining("backup copy");
        assertThat(Snapshot.of(file)).isEqualTo(before);
    }

    @Test
    void reportsAnEmptyFileAsDamaged() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.mwproj"));

        assertThatThrownBy(() -> Project.open(file)).isInstanceOf(CorruptProjectException.class);
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void reportsATruncatedProjectAsDamagedAndLeavesItUntouched() throws Exception {
        Path whole = dir.resolve("whole.mwproj");
        try (Project project = Project.create(whole)) {
            for (int n = 0; n < 5; n++) {
                project.addRun(SampleRuns.run(n));
            }
        }
        Path file = dir.resolve("cut.mwproj");
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 3));
        Snapshot before = Snapshot.of(file);

        assertThatThrownBy(() -> Project.open(file)).isInstanceOf(CorruptProjectException.class)
                .hasMessageContaining("'cut.mwproj' is damaged");
        assertThat(Snapshot.of(file)).isEqualTo(before);
    }

    @Test
    void saysAMissingProjectFileDoesNotExistAndCreatesNothing() {
        Path file = dir.resolve("gone.mwproj");

        assertThatThrownBy(() -> Project.open(file)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("'gone.mwproj' does not exist");
        assertThat(file).doesNotExist();
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** A file's bytes and modification time, set well in the past so that any write would show. */
    private record Snapshot(String sha256, FileTime modified) {
        static Snapshot of(Path file) throws IOException {
            if (Files.getLastModifiedTime(file).toInstant().isAfter(Instant.parse("2001-01-01T00:00:00Z"))) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));
            }
            return new Snapshot(DatasetRef.sha256(file), Files.getLastModifiedTime(file));
        }
    }
}
