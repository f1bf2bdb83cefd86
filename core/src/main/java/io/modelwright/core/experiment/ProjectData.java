package io.modelwright.core.experiment;

import io.modelwright.core.ModelwrightException;
import io.modelwright.core.data.CsvImporter;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.ImportOptions;
import io.modelwright.core.data.ImportResult;
import io.modelwright.core.project.DatasetRef;
import io.modelwright.core.project.DatasetStatus;
import io.modelwright.core.project.ImportSettings;
import io.modelwright.core.project.Project;
import io.modelwright.core.project.ProjectSchema;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.runtime.schema.ColumnType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A project's data, imported again the way it was confirmed: from the recorded file, or from the copy kept inside
 * the project when the file is gone or changed.
 *
 * @param table  the imported table
 * @param file   where it was read from
 * @param sha256 SHA-256 of that file
 * @param notes  what a person should know (e.g. that the embedded copy was used)
 */
public record ProjectData(DataTable table, Path file, String sha256, List<String> notes) {

    /**
     * @param strict true to refuse a data file whose fingerprint changed (export); false to read it anyway and let
     *               the caller report the difference (reproduce)
     * @throws ModelwrightException when there is no usable data file
     */
    public static ProjectData load(Project project, Map<String, ColumnType> typeOverrides, boolean strict) {
        DatasetRef ref = project.dataset().orElseThrow(() -> new ModelwrightException("The project '"
                + project.path().getFileName() + "' has no data file recorded, so its runs cannot be trained "
                + "again. Train with --project to record one."));
        DatasetStatus status = project.checkDataset();
        List<String> notes = new ArrayList<>();
        Path file = Path.of(ref.originalPath());
        if (!status.isOk()) {
            if (project.hasEmbeddedCsv()) {
                file = extractEmbedded(project, ref);
                notes.add(status.message() + " Used the copy kept inside the project.");
            } else if (strict || status.state() == DatasetStatus.State.MISSING) {
                throw new ModelwrightException(status.message());
            } else {
                notes.add(status.message());
            }
        }
        ImportOptions options = project.schema().map(ProjectSchema::importSettings)
                .map(s -> withOverrides(s, typeOverrides)).orElse(new ImportOptions(null, null, null, null, false,
                        null, typeOverrides));
        ImportResult imported = new CsvImporter().load(file, options, ProgressListener.NONE,
                CancellationToken.create());
        return new ProjectData(imported.table(), file, ExportRequests.sha256(file), List.copyOf(notes));
    }

    private static ImportOptions withOverrides(ImportSettings s, Map<String, ColumnType> typeOverrides) {
        return new ImportOptions(java.nio.charset.Charset.forName(s.encoding()), s.delimiter(), s.decimalSeparator(),
                s.header(), s.skipBadRows(), s.missingTokens(), typeOverrides);
    }

    private static Path extractEmbedded(Project project, DatasetRef ref) {
        try {
            Path dir = Files.createTempDirectory("modelwright-data");
            Path file = dir.resolve(ref.fileName());
            Files.write(file, project.embeddedCsv().orElseThrow());
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new ModelwrightException("Could not extract the data kept inside the project: " + e.getMessage()
                    + ". Check there is free space in " + System.getProperty("java.io.tmpdir") + ".", e);
        }
    }
}
