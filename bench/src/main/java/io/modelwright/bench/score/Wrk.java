package io.modelwright.bench.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Debian's {@code wrk} (closed loop: each connection sends its next request when the answer arrives) against
 * a loopback URL with a fixed POST body, through a generated Lua script.
 */
final class Wrk {
    /** What one run measured. */
    record Result(double requestsPerSecond, double p50Millis, double p99Millis, long non2xx, long socketErrors) {
    }

    private final Path workDir;
    private final int threads;
    private final int connections;

    Wrk(Path workDir, int threads, int connections) {
        this.workDir = workDir;
        this.threads = threads;
        this.connections = connections;
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    String describe() {
        return "wrk -t" + threads + " -c" + connections;
    }

    Result run(String url, String contentType, String body, int seconds) throws IOException, InterruptedException {
        Path script = workDir.resolve("post-" + Integer.toHexString(body.hashCode()) + ".lua");
        Files.writeString(script, "wrk.method = \"POST\"\n"
                + "wrk.headers[\"Content-Type\"] = \"" + contentType + "\"\n"
                + "wrk.body = [==[" + body + "]==]\n", StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--latency", "-s", script.toString(), url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 30L, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("wrk failed:\n" + out);
        }
        return new Result(number(out, "Requests/sec:\\s+([0-9.]+)"), millis(out, "50%"), millis(out, "99%"),
                (long) number(out, "Non-2xx or 3xx responses:\\s+([0-9]+)"), socketErrors(out));
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static long socketErrors(String out) {
        Matcher m = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out);
        long sum = 0;
        if (m.find()) {
            for (int g = 1; g <= 4; g++) {
                sum += Long.parseLong(m.group(g));
            }
        }
        return sum;
    }

    /** Parses "    99%    3.21ms" (wrk prints us, ms or s). */
    private static double millis(String out, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }
}
