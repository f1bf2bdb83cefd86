package io.modelwright.bench.score;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A rate-limited load generator (what wrk2 does; wrk2 is not packaged in Debian): {@code connections} keep-alive
 * sockets on loopback, each sending on a fixed schedule so that together they offer {@code rate} requests/s for a
 * fixed time. Latency is measured from when a request was <em>due</em>, not when it was sent, so a stalled server
 * is not hidden (no coordinated omission). Stops by itself.
 */
final class PacedLoad {
    /** What one run measured. */
    record Result(double offeredPerSecond, double achievedPerSecond, double p50Millis, double p99Millis,
                  double maxMillis, long non200) {
    }

    private final int port;
    private final int connections;

    PacedLoad(int port, int connections) {
        this.port = port;
        this.connections = connections;
    }

    Result run(String path, String contentType, String body, double rate, int seconds) throws InterruptedException {
        byte[] request = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
        long intervalNanos = (long) (1e9 * connections / rate);
        int perConnection = (int) (rate * seconds / connections);
        long start = System.nanoTime() + 50_000_000L;
        List<Thread> threads = new ArrayList<>();
        long[][] latencies = new long[connections][];
        long[] non200 = new long[connections];
        for (int c = 0; c < connections; c++) {
            int id = c;
            // Stagger connections so that their requests interleave evenly.
            long first = start + intervalNanos * c / connections;
            Thread t = new Thread(() -> latencies[id] = connection(request, first, intervalNanos, perConnection,
                    non200, id), "paced-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(rate, all.length / elapsed, percentile(all, 0.50), percentile(all, 0.99),
                all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6, Arrays.stream(non200).sum());
    }

    private long[] connection(byte[] request, long first, long interval, int count, long[] non200, int id) {
        long[] latency = new long[count];
        int done = 0;
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            for (int i = 0; i < count; i++) {
                long due = first + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                out.write(request);
                out.flush();
                if (readResponse(in) != 200) {
                    non200[id]++;
                }
                latency[done++] = System.nanoTime() - due;
            }
        } catch (IOException e) {
            System.err.println("paced client: " + e.getMessage());
        }
        return Arrays.copyOf(latency, done);
    }

    /** Reads one response (status line, headers, Content-Length body); returns the status code. */
    static int readResponse(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int status = -1;
        int length = 0;
        boolean firstLine = true;
        while (true) {
            line.setLength(0);
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            if (line.length() == 0) {
                break;
            }
            String l = line.toString();
            if (firstLine) {
                status = Integer.parseInt(l.substring(9, 12));
                firstLine = false;
            } else if (l.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(l.substring(15).trim());
            }
        }
        in.readNBytes(length);
        return status;
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
