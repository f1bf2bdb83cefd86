package io.modelwright.bench.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the scorer jar's {@code batch} command on a CSV file as a child process, under {@code /usr/bin/time -v}
 * when present for the peak resident set size (else polls {@code /proc/PID/status} VmHWM).
 */
final class BatchCommandRun {
    /**
     * What one run measured: rows scored, wall seconds (JVM start included), CPU seconds of the whole process (user
     * + system, all threads; NaN without GNU time) and peak RSS in MB.
     */
    record Result(long rows, double seconds, double cpuSeconds, double peakRssMb) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private BatchCommandRun() {
    }

    static Result run(Path scorerJar, Path modelDir, Path input, Path output, long rows) throws IOException,
            InterruptedException {
        return run(scorerJar, modelDir, input, output, rows, List.of());
    }

    /** Likewise with JVM options before {@code -jar}. */
    static Result run(Path scorerJar, Path modelDir, Path input, Path output, long rows, List<String> jvmOptions)
            throws IOException, InterruptedException {
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        List<String> cmd = new ArrayList<>();
        if (gnuTime) {
            cmd.addAll(List.of("/usr/bin/time", "-v"));
        }
        cmd.add(ChildServer.java());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", scorerJar.toString(), "batch", "--model",
                modelDir.toString(), "--input", input.toString(), "--output", output.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        long hwmKb = 0;
        StringBuilder log = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                log.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                log.append(e);
            }
        });
        reader.start();
        while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
            if (!gnuTime) {
                hwmKb = Math.max(hwmKb, vmHwmKb(p.pid()));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        reader.join();
        if (p.exitValue() != 0) {
            throw new IOException("batch failed:\n" + log);
        }
        if (gnuTime) {
            Matcher m = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)").matcher(log);
            hwmKb = m.find() ? Long.parseLong(m.group(1)) : -1;
        }
        return new Result(rows, seconds, gnuTime ? seconds(log, "User") + seconds(log, "System") : Double.NaN,
                hwmKb / 1024.0);
    }

    private static double seconds(CharSequence log, String which) {
        Matcher m = Pattern.compile(which + " time \\(seconds\\): ([0-9.]+)").matcher(log);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static long vmHwmKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process just ended
        }
        return 0;
    }
}
