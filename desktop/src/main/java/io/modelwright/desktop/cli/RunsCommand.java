package io.modelwright.desktop.cli;

import io.modelwright.core.project.Project;
import io.modelwright.core.project.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code modelwright runs P.mwproj}: lists a project's runs, oldest first. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List the runs saved in a project.")
public final class RunsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.mwproj).")
    Path projectFile;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<RunSummary> runs;
        try (Project project = ProjectFiles.open(projectFile)) {
            runs = project.listRuns();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? JsonOutput.write(Map.of("runs", runs.stream().map(RunsCommand::json).toList()))
                : table(runs));
        out.flush();
        return 0;
    }

    static Map<String, Object> json(RunSummary r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", r.runId());
        m.put("created", r.created().toString());
        m.put("task", r.task());
        m.put("algorithm", r.algorithm());
        m.put("validation", r.validation());
        m.put("metrics", JsonOutput.finite(new java.util.TreeMap<>(r.metrics())));
        return m;
    }

    static String table(List<RunSummary> runs) {
        if (runs.isEmpty()) {
            return "No runs yet. Add one with 'modelwright train DATA.csv --target COL --project FILE'.";
        }
        StringBuilder s = new StringBuilder(String.format("%-14s %-20s %-14s %-20s %-12s %s%n", "RUN", "CREATED",
                "TASK", "ALGORITHM", "VALIDATION", "METRICS"));
        for (RunSummary r : runs) {
            List<String> metrics = new ArrayList<>();
            new java.util.TreeMap<>(r.metrics()).forEach((k, v) -> metrics.add(String.format("%s=%.4f", k, v)));
            s.append(String.format("%-14s %-20s %-14s %-20s %-12s %s%s%n", r.runId(),
                    r.created().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), r.task(),
                    r.algorithm(), r.validation(), String.join(" ", metrics),
                    r.note().isEmpty() ? "" : "  \"" + r.note() + "\""));
        }
        return s.toString().stripTrailing();
    }
}
