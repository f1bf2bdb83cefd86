package io.modelwright.core.project;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetCheckTest {
    @TempDir
    Path dir;
    Path csv;
    Project project;

    @BeforeEach
    void createAProjectWithItsDataFile() throws Exception {
        csv = Files.writeString(dir.resolve("grades.csv"), "hours,passed\n3,no\n9,yes\n");
        project = Project.create(dir.resolve("grades.mwproj"));
        project.saveDataset(DatasetRef.of(csv, 2), Optional.empty());
        project.addRun(SampleRuns.run(1));
    }

    @AfterEach
    void closeTheProject() {
        project.close();
    }

    @Test
    void findsTheUnchangedDataFileWhereItWas() {
        DatasetStatus status = project.checkDataset();

        assertThat(status.state()).isEqualTo(DatasetStatus.State.OK);
        assertThat(status.location()).isEqualTo(csv.toAbsolutePath().normalize());
    }

    @Test
    void reportsAChangedFileOfTheSameSizeAsChanged() throws Exception {
        Files.writeString(csv, "hours,passed\n3,no\n9,no!\n");

        DatasetStatus status = project.checkDataset();

        assertThat(status.state()).isEqualTo(DatasetStatus.State.CHANGED);
        assertThat(status.message()).contains("'grades.csv'").contains("fingerprint differs")
                .contains("stay readable").contains("locate the original file");
    }

    @Test
    void reportsAFileWithRowsAddedAsChanged() throws Exception {
        Files.writeString(csv, "hours,passed\n3,no\n9,yes\n5,yes\n");

        assertThat(project.checkDataset().state()).isEqualTo(DatasetStatus.State.CHANGED);
    }

    @Test
    void reportsAMissingFileAndKeepsResultsReadable() throws Exception {
        Files.delete(csv);

        DatasetStatus status = project.checkDataset();

        assertThat(status.state()).isEqualTo(DatasetStatus.State.MISSING);
        assertThat(status.message()).contains("'grades.csv' was not found").contains("locate the file");
        String runId = project.listRuns().get(0).runId();
        assertThat(project.loadRun(runId).model()).hasSize(SampleRuns.MODEL_BYTES);
    }

    @Test
    void offersTheEmbeddedCopyWhenTheFileIsMissing() throws Exception {
        project.saveDataset(DatasetRef.of(csv, 2), Optional.of(Files.readAllBytes(csv)));
        Files.delete(csv);

        assertThat(project.checkDataset().message()).contains("extract the copy kept inside the project");
    }

    @Test
    void relocatesToTheSameDataInAnotherFolder() throws Exception {
        Path moved = Files.createDirectories(dir.resolve("course")).resolve("grades-copy.csv");
        Files.move(csv, moved);

        project.relocateDataset(moved);

        DatasetRef dataset = project.dataset().orElseThrow();
        assertThat(dataset.originalPath()).isEqualTo(moved.toAbsolutePath().normalize().toString());
        assertThat(dataset.fileName()).isEqualTo("grades-copy.csv");
        assertThat(project.checkDataset().isOk()).isTrue();
    }

    @Test
    void refusesToRelocateToDifferentData() throws Exception {
        Path other = Files.writeString(dir.resolve("other.csv"), "x\n1\n");

        assertThatThrownBy(() -> project.relocateDataset(other)).isInstanceOf(DatasetMismatchException.class)
                .hasMessageContaining("'other.csv'").hasMessageContaining("fingerprint differs");
        assertThat(project.dataset().orElseThrow().fileName()).isEqualTo("grades.csv");
    }
}
