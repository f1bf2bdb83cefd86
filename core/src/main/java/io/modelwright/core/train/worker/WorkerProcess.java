package io.modelwright.core.train.worker;

import io.modelwright.core.ModelwrightException;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.CancelledException;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One worker JVM: start it, relay its progress, kill it on cancel, and read back what it wrote. */
public final class WorkerProcess {
    private static final long POLL_MILLIS = 50;
    private final int maxHeapMegabytes;

    /** @param maxHeapMegabytes the worker's {@code -Xmx} in MB, or 0 for the default */
    public WorkerProcess(int maxHeapMegabytes) {
        this.maxHeapMegabytes = maxHeapMegabytes;
    }

    /** Runs the request in a fresh worker; see {@link io.modelwright.core.train.IsolatedTrainer#run}. */
    public TrainingResult run(TrainingRequest request, ProgressListener progress, CancellationToken cancel) {
        Path dir = null;
        Process process = null;
        try {
            dir = Files.createTempDirectory("modelwright-train-");
            WorkerFiles files = new WorkerFiles(dir);
            files.writeRequest(request);
            cancel.throwIfCancelled();
            ProcessBuilder builder = new ProcessBuilder(command(dir)).redirectError(files.log().toFile());
            // XGBoost's OpenMP threads spin while waiting by default, burning the CPU the other thread needs;
            // measured: 2 threads twice as fast as 1 with PASSIVE, slower than 1 without (docs/benchmarks.md).
            builder.environment().putIfAbsent("OMP_WAIT_POLICY", "PASSIVE");
            process = builder.start();
            Thread relay = relayProgress(process, progress);
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancel.isCancelled()) {
                    kill(process);
                    throw new CancelledException();
                }
            }
            relay.join(1000);
            return outcome(process.exitValue(), files);
        } catch (IOException e) {
            throw new ModelwrightException("Could not start or talk to the training process: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } finally {
            if (process != null && process.isAlive()) {
                kill(process);
            }
            delete(dir);
        }
    }

    private List<String> command(Path dir) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (maxHeapMegabytes > 0) {
            cmd.add("-Xmx" + maxHeapMegabytes + "m");
        }
        // Exit at once with code 3 on the first OutOfMemoryError, whichever thread hits it.
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(TrainingWorkerMain.class.getName());
        cmd.add(dir.toString());
        return cmd;
    }

    private TrainingResult outcome(int exit, WorkerFiles files) throws IOException {
        String message = Files.exists(files.error()) ? Files.readString(files.error(), StandardCharsets.UTF_8) : null;
        return switch (exit) {
            case WorkerFiles.EXIT_OK -> files.readResult();
            case WorkerFiles.EXIT_BAD_INPUT -> throw new ModelwrightException(message);
            case WorkerFiles.EXIT_OUT_OF_MEMORY -> throw new ModelwrightException("Training ran out of memory"
                    + (maxHeapMegabytes > 0 ? " (the training process may use " + maxHeapMegabytes + " MB)" : "")
                    + ". Use fewer rows or columns, a lighter algorithm, or give Modelwright more memory.");
            default -> throw new ModelwrightException("The training process stopped unexpectedly (exit code " + exit
                    + (message == null ? "" : ": " + message) + "). Try again; if it keeps happening, try another"
                    + " algorithm." + tail(files.log()));
        };
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : " Last log line: " + lines.get(lines.size() - 1);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static Thread relayProgress(Process process, ProgressListener progress) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith(WorkerFiles.PROGRESS_PREFIX)) {
                        String[] parts = line.split("\t", 4);
                        progress.progress(Long.parseLong(parts[1]), Long.parseLong(parts[2]), parts[3]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // The process ended or was killed; its exit code says how.
            }
        }, "modelwright-worker-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp folder is harmless.
        }
    }
}
