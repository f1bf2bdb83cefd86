package io.modelwright.core.project;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link ProjectCrashTest}: adds sample runs to a project in a loop and prints
 * {@code committed <n> <runId>} after each one is saved, until it is killed.
 */
public final class ProjectWriterProcess {

    private ProjectWriterProcess() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        try (Project project = Project.open(file)) {
            for (int n = 0; ; n++) {
                String runId = project.addRun(SampleRuns.run(n));
                System.out.println("committed " + n + " " + runId);
                System.out.flush();
            }
        }
    }
}
