package io.modelwright.core.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void numbersMigrationsOneByOneFromOne() {
        for (int i = 0; i < Migrations.ALL.size(); i++) {
            assertThat(Migrations.ALL.get(i).version()).isEqualTo(i + 1);
        }
        assertThat(Migrations.latest()).isEqualTo(2);
    }

    @Test
    void opensASchemaOneProjectAndBringsItUpToDateKeepingItsRuns() throws Exception {
        Path file = dir.resolve("old.mwproj");
        RunRecord run = SampleRuns.run(3).toBuilder().note("").build();
        writeSchemaOneProjectWith(file, run.withRunId("v1-run"));

        try (Project project = Project.open(file)) {
            assertThat(project.listRuns()).extracting(RunSummary::runId).containsExactly("v1-run");
            assertThat(project.loadRun("v1-run")).isEqualTo(run.withRunId("v1-run"));
            project.updateNote("v1-run", "notes arrived in schema 2");
            assertThat(project.loadRun("v1-run").note()).isEqualTo("notes arrived in schema 2");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            ResultSet version = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'");
            assertThat(version.getString(1)).isEqualTo("2");
            assertThat(s.executeQuery("PRAGMA user_version").getInt(1)).isEqualTo(2);
        }
    }

    /** What Modelwright with schema 1 wrote: the same tables, but runs without a note. */
    private static void writeSchemaOneProjectWith(Path file, RunRecord run) throws Exception {
        try (Connection c = ProjectDatabase.openReadWrite(file)) {
            c.setAutoCommit(false);
            Migrations.migrate(c, 0, 1);
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO run (run_id, created_ms, task, algorithm, validation, seed, hyperparameters,
                                     timings_ms, app_version, tribuo_version, java_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                Object[] values = {run.runId(), run.created().toEpochMilli(), run.task(), run.algorithm(),
                        run.validation(), run.seed(), ProjectJson.write(run.hyperparameters()),
                        ProjectJson.write(run.timingsMs()), run.versions().app(), run.versions().tribuo(),
                        run.versions().java()};
                for (int i = 0; i < values.length; i++) {
                    p.setObject(i + 1, values[i]);
                }
                p.executeUpdate();
            }
            RunTable.insertMetrics(c, run); // unchanged since schema 1
            RunTable.insertPayload(c, run);
            c.commit();
        }
    }
}
