package io.modelwright.bench.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one measurement in its own process with a time limit, so a slow peer is cut off ("skipped: > N s")
 * instead of hanging the run or eating the CPU of the next measurement, and every tool starts with a fresh heap.
 * The child prints one line {@code RESULT <seconds> <accuracy> <note>}; everything else goes to a log file.
 */
public final class ChildRun {
    private ChildRun() {
    }

    /** @return {seconds, accuracy, note} parsed from the child, or NaNs with the reason */
    public static Measurement run(String dataset, String tool, String algorithm, List<String> command,
                                  int timeoutSeconds, Path log) throws IOException, InterruptedException {
        Path out = Files.createTempFile("modelwright-bench-", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
            // On a shared, oversubscribed machine OpenMP threads that spin at barriers (XGBoost, scikit-learn)
            // burn the time slices their partner thread needs; sleeping waits make the timings far less erratic.
            builder.environment().putIfAbsent("OMP_WAIT_POLICY", "PASSIVE");
            Process p = builder.start();
            boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            Files.write(log, lines, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            if (!finished) {
                return failed(dataset, tool, algorithm, "skipped: > " + timeoutSeconds + " s");
            }
            for (String line : lines) {
                if (line.startsWith("RESULT ")) {
                    String[] f = line.split(" ", 5);
                    return new Measurement(dataset, tool, algorithm, Double.parseDouble(f[1]),
                            Double.parseDouble(f[2]), Double.parseDouble(f[3]), f.length > 4 ? f[4] : "");
                }
            }
            String last = lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
            return failed(dataset, tool, algorithm, "failed (exit " + p.exitValue() + "): "
                    + last.substring(0, Math.min(120, last.length())));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    public static Measurement failed(String dataset, String tool, String algorithm, String why) {
        return new Measurement(dataset, tool, algorithm, Double.NaN, Double.NaN, Double.NaN, why);
    }
}
