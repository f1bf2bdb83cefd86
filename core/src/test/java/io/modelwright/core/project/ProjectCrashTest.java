package io.modelwright.core.project;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A project survives the app being killed (kill -9) in the middle of saving runs. */
class ProjectCrashTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "killed after {0} commits plus {1} ms")
    @CsvSource({"1, 0", "3, 2", "6, 0", "9, 7", "12, 1"})
    void keepsEveryCommittedRunWhenTheWriterIsKilledMidLoop(int commits, int extraDelayMs) throws Exception {
        Path file = dir.resolve("crash.mwproj");
        Project.create(file).close();

        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ProjectWriterProcess.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Map<Integer, String> committed = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            while (committed.size() < commits) {
                String line = out.readLine();
                assertThat(line).as("writer process output (it ended early)").isNotNull();
                record(line, committed);
            }
            Thread.sleep(extraDelayMs);
            writer.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no close; later output is lost
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            writer.destroyForcibly();
        }

        assertThat(Path.of(file + "-wal")).as("left behind by a writer that never closed").exists();
        try (Project project = Project.open(file)) {
            for (Map.Entry<Integer, String> run : committed.entrySet()) {
                assertThat(project.loadRun(run.getValue()))
                        .isEqualTo(SampleRuns.run(run.getKey()).withRunId(run.getValue()));
            }
            // Runs committed after the last line we read are there too, whole: run n was saved with seed 1000 + n.
            List<RunSummary> runs = project.listRuns();
            assertThat(runs.size()).isGreaterThanOrEqualTo(committed.size());
            for (int n = 0; n < runs.size(); n++) {
                String runId = runs.get(n).runId();
                assertThat(project.loadRun(runId)).isEqualTo(SampleRuns.run(n).withRunId(runId));
            }
        }
    }

    private static void record(String line, Map<Integer, String> committed) {
        String[] parts = line.split(" ");
        assertThat(parts[0]).isEqualTo("committed");
        committed.put(Integer.parseInt(parts[1]), parts[2]);
    }
}
