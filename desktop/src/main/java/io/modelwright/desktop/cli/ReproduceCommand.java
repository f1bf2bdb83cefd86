package io.modelwright.desktop.cli;

import io.modelwright.core.experiment.ReproduceReport;
import io.modelwright.core.experiment.RunReproducer;
import io.modelwright.core.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code modelwright reproduce P.mwproj --run ID}: trains a saved run again; exit 0 identical, 1 not, 2 error. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Train a saved run again and check the result is identical (exit 0), or list what differs (exit 1).")
public final class ReproduceCommand implements Callable<Integer> {
    @Mixin
    SavedRunOptions saved;

    @Option(names = "--json", description = "Print JSON instead of sentences.")
    boolean json;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReproduceReport report;
        try (Project project = ProjectFiles.open(saved.projectFile)) {
            report = new RunReproducer().reproduce(project, saved.runId, null);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("identical", report.identical());
            m.put("differences", report.differences());
            out.println(JsonOutput.write(m));
        } else {
            out.println(report.identical() ? "Run " + saved.runId + " reproduced identically: same data, metrics and "
                    + "predictions." : "Run " + saved.runId + " did not reproduce identically:");
            report.differences().forEach(d -> out.println("  - " + d));
            report.notes().forEach(n -> out.println("Note: " + n));
        }
        out.flush();
        return report.identical() ? 0 : 1;
    }
}
