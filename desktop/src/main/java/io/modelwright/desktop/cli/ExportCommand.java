package io.modelwright.desktop.cli;

import io.modelwright.core.experiment.ExportRequests;
import io.modelwright.core.experiment.ProjectData;
import io.modelwright.core.experiment.RunRecords;
import io.modelwright.core.export.ArtifactExporter;
import io.modelwright.core.export.ExportRequest;
import io.modelwright.core.export.ExportResult;
import io.modelwright.core.project.Project;
import io.modelwright.core.project.RunRecord;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code modelwright export P.mwproj --run ID --out DIR}: the verified artifact of a saved run. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a saved run as a deployable, self-verified artifact folder.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    SavedRunOptions saved;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The artifact folder to create (new or empty).")
    Path outDir;

    @Option(names = "--json", description = "Print JSON instead of sentences.")
    boolean json;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExportRequest request;
        try (Project project = ProjectFiles.open(saved.projectFile)) {
            RunRecord run = project.loadRun(saved.runId);
            ProjectData data = ProjectData.load(project, RunRecords.settings(run).typeOverrides(), true);
            request = ExportRequests.from(run, data.table(), data.file());
        }
        ExportResult result = new ArtifactExporter().export(request, outDir, ProgressListener.NONE,
                CancellationToken.create());
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? JsonOutput.write(java.util.Map.of("export", ArtifactOutput.json(result)))
                : ArtifactOutput.text(result));
        out.flush();
        return 0;
    }
}
