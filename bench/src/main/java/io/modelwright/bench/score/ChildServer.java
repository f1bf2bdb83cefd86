package io.modelwright.bench.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server running in its own JVM (the scorer jar, or {@link ConstantServer}), so the benchmark JVM's own garbage
 * and JIT never share its heap. Closing it kills the process.
 */
final class ChildServer implements AutoCloseable {
    private final Process process;
    final int port;
    /** Milliseconds from spawning the JVM to the first {@code GET /ping} answered 200. */
    final long startupMillis;
    /** CPU seconds the JVM had used by then (all threads): start-up cost independent of how busy the machine is. */
    final double startupCpuSeconds;

    private ChildServer(Process process, int port, long startupMillis) throws IOException {
        this.process = process;
        this.port = port;
        this.startupMillis = startupMillis;
        this.startupCpuSeconds = cpuSeconds();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts {@code java -jar scorerJar serve --model dir --port P} and waits for /ping 200. */
    static ChildServer scorer(Path scorerJar, Path modelDir, Path log) throws IOException, InterruptedException {
        return scorer(scorerJar, modelDir, log, List.of());
    }

    /** Likewise with extra JVM options (e.g. a class-data-sharing archive). */
    static ChildServer scorer(Path scorerJar, Path modelDir, Path log, List<String> jvmOptions) throws IOException,
            InterruptedException {
        return scorer(scorerJar, modelDir, log, jvmOptions, List.of());
    }

    /** Likewise, launched through {@code launcher} (e.g. {@code taskset -c 0}, to pin it to a core). */
    static ChildServer scorer(Path scorerJar, Path modelDir, Path log, List<String> jvmOptions, List<String> launcher)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new java.util.ArrayList<>(launcher);
        command.add(java());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", scorerJar.toString(), "serve", "--model", modelDir.toString(), "--port",
                Integer.toString(port)));
        return start(command, port, log);
    }

    /** Starts {@link ConstantServer} on this JVM's class path. */
    static ChildServer constant(Path log) throws IOException, InterruptedException {
        return constant(log, List.of());
    }

    /** Likewise, launched through {@code launcher}. */
    static ChildServer constant(Path log, List<String> launcher) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new java.util.ArrayList<>(launcher);
        command.addAll(List.of(java(), "-cp", System.getProperty("java.class.path"), ConstantServer.class.getName(),
                Integer.toString(port)));
        return start(command, port, log);
    }

    private static ChildServer start(List<String> command, int port, Path log) throws IOException,
            InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException("server exited with " + p.exitValue() + "; see " + log);
            }
            if (ping(port) == 200) {
                return new ChildServer(p, port, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            }
            Thread.sleep(5);
        }
        p.destroyForcibly();
        throw new IOException("server did not answer /ping within 60 s; see " + log);
    }

    /** @return the status of GET /ping, or -1 while nothing listens */
    static int ping(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            s.setSoTimeout(2_000);
            OutputStream out = s.getOutputStream();
            out.write("GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return PacedLoad.readResponse(in);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * @return CPU seconds (user + system, all threads) the server has used so far, from {@code /proc/PID/stat}; on a
     *         shared machine this says what the server costs when wall-clock rates mostly say how busy the machine is
     */
    double cpuSeconds() throws IOException {
        String stat = java.nio.file.Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in USER_HZ (100 on Linux)
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
