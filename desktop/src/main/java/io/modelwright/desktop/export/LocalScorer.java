package io.modelwright.desktop.export;

import io.modelwright.core.ModelwrightException;
import io.modelwright.desktop.common.ChildProcesses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * An exported artifact's own scorer, started as a child process exactly as its README says
 * ({@code java -jar scorer/modelwright-scorer.jar serve --model model --port 0}); stopped on {@link #stop()} or
 * when the app exits. Its output goes to a log file (never a pipe nobody reads, which would stall it).
 *
 * @param process the running scorer
 * @param url     where it listens, e.g. {@code http://127.0.0.1:41234}
 * @param log     the scorer's output
 */
public record LocalScorer(Process process, String url, Path log) {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    /**
     * Starts the scorer and waits (blocking: call it in the background) until it says it is ready.
     *
     * @param port the port, or 0 for any free one
     */
    public static LocalScorer start(Path artifactDir, int port) throws IOException, InterruptedException {
        Path jar = artifactDir.resolve("scorer").resolve("modelwright-scorer.jar");
        if (!Files.isRegularFile(jar)) {
            throw new ModelwrightException("There is no scorer in " + artifactDir + " (scorer/modelwright-scorer.jar"
                    + " is missing). Export the model again.");
        }
        Path log = Files.createTempFile("modelwright-scorer", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-jar", jar.toString(), "serve", "--model",
                artifactDir.resolve("model").toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // As in the exported run.sh: XGBoost's OpenMP threads must not spin while they wait.
        builder.environment().putIfAbsent("OMP_WAIT_POLICY", "PASSIVE");
        Process process = ChildProcesses.register(builder.start());
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String url = readyUrl(Files.readAllLines(log));
            if (url != null) {
                return new LocalScorer(process, url, log);
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        ChildProcesses.stop(process);
        throw new ModelwrightException("The exported scorer did not start. It said:\n" + Files.readString(log).strip());
    }

    private static String readyUrl(List<String> lines) {
        String url = null;
        for (String line : lines) {
            if (line.startsWith("Listening on ")) {
                url = line.substring("Listening on ".length()).trim();
            } else if (line.startsWith("Ready") && url != null) {
                return url;
            }
        }
        return null;
    }

    public void stop() {
        ChildProcesses.stop(process);
    }
}
