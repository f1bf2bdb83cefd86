package io.modelwright.core.experiment;

import io.modelwright.core.data.Column;
import io.modelwright.core.data.CsvDialect;
import io.modelwright.core.data.ImportOptions;
import io.modelwright.core.project.ColumnRole;
import io.modelwright.core.project.DatasetRef;
import io.modelwright.core.project.ImportSettings;
import io.modelwright.core.project.Project;
import io.modelwright.core.project.SchemaDecision;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Saves a finished run in a project file, creating the project if needed, with its data file and schema. */
public final class ProjectRecorder {
    private ProjectRecorder() {
    }

    /**
     * @param projectFile the {@code .mwproj} file (created when missing)
     * @param csvFile     the data file that was imported
     * @param dialect     how import read it
     * @param options     the import options the person gave
     * @param request     what was trained
     * @param result      the result, with a final model
     * @param note        the person's note, or null
     * @return the new run's id
     */
    public static String record(Path projectFile, Path csvFile, CsvDialect dialect, ImportOptions options,
                                TrainingRequest request, TrainingResult result, String note) {
        DatasetRef dataset = DatasetRef.of(csvFile, request.table().rowCount());
        try (Project project = Files.exists(projectFile) ? Project.open(projectFile) : Project.create(projectFile)) {
            boolean sameData = project.dataset().map(d -> d.sha256().equals(dataset.sha256())
                    && d.originalPath().equals(dataset.originalPath())).orElse(false);
            if (!sameData) {
                project.saveDataset(dataset, Optional.empty());
            }
            project.saveSchema(decisions(request), ImportSettings.of(dialect.encoding(), dialect.delimiter(),
                    dialect.decimalSeparator(), dialect.header(), options));
            return project.addRun(RunRecords.from(request, result, dataset, note));
        }
    }

    static List<SchemaDecision> decisions(TrainingRequest request) {
        List<SchemaDecision> out = new ArrayList<>();
        for (Column c : request.table().columns()) {
            ColumnRole role = c.name().equals(request.target()) ? ColumnRole.TARGET
                    : request.featureColumns().contains(c.name()) ? ColumnRole.FEATURE : ColumnRole.IGNORE;
            out.add(new SchemaDecision(c.name(), c.type(), role));
        }
        return out;
    }
}
