package io.modelwright.core.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The exported scorer jar running as a separate JVM on a free loopback port, exactly as a user would start it.
 * It is told {@code --port 0} and reports the port it bound on its first output line, so there is no race for a
 * "free" port.
 */
final class ScorerProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final String baseUrl;
    private final long startMillis;

    private ScorerProcess(Process process, Path log, String baseUrl, long startMillis) {
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
        this.startMillis = startMillis;
    }

    static ScorerProcess start(Path jar, Path modelDir, Duration timeout) throws IOException {
        long t0 = System.nanoTime();
        Path log = Files.createTempFile("modelwright-scorer", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString(), "serve", "--model",
                modelDir.toString(), "--port", "0", "--bind", "127.0.0.1").redirectError(log.toFile());
        // As in the exported run.sh: XGBoost's OpenMP threads must not spin while they wait.
        builder.environment().putIfAbsent("OMP_WAIT_POLICY", "PASSIVE");
        Process p = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                String listening = out.readLine();
                String second = out.readLine();
                return listening != null && listening.startsWith("Listening on ") && second != null
                        && second.startsWith("Ready") ? listening.substring("Listening on ".length()) : null;
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String url = ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (url == null) {
                p.waitFor(5, TimeUnit.SECONDS);
                throw new ExportException("The exported scorer did not start: " + tail(log));
            }
            return new ScorerProcess(p, log, url, (System.nanoTime() - t0) / 1_000_000);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ExportException("Interrupted while starting the exported scorer.", e);
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new ExportException("The exported scorer did not become ready within " + timeout.toSeconds()
                    + " s: " + tail(log), e);
        } catch (ExportException e) {
            p.destroyForcibly();
            throw e;
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    long startMillis() {
        return startMillis;
    }

    private static String tail(Path log) {
        try {
            String s = Files.readString(log).strip();
            return s.isEmpty() ? "(no output)" : s.length() > 2000 ? s.substring(s.length() - 2000) : s;
        } catch (IOException e) {
            return "(log unreadable)";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // A leftover temp log is harmless.
        }
    }
}
