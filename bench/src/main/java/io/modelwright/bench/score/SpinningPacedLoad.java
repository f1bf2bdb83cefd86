package io.modelwright.bench.score;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * A rate-limited load generator for a core of its own: one thread that spins on a non-blocking selector over
 * {@code connections} keep-alive sockets, sends each request when it is due on a free connection, and measures
 * its latency from when it was <em>due</em> (a request that waits for a free connection counts its wait: no
 * coordinated omission). {@link PacedLoad}'s thread per connection, parked between requests, could not keep a few
 * thousand requests a second on one core: its own wake-ups put 100+ ms into the p99 of even a constant server.
 * Busy-waits, so it uses its whole core: run it only where that core is its own ({@code taskset}).
 */
final class SpinningPacedLoad {
    private final int port;
    private final int connections;

    SpinningPacedLoad(int port, int connections) {
        this.port = port;
        this.connections = connections;
    }

    PacedLoad.Result run(String path, String contentType, String body, double rate, int seconds) throws IOException {
        byte[] request = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
        int total = (int) (rate * seconds);
        double interval = 1e9 / rate;
        long[] latencies = new long[total];
        long non200 = 0;
        try (Selector selector = Selector.open()) {
            Deque<Connection> free = new ArrayDeque<>();
            for (int i = 0; i < connections; i++) {
                Connection c = new Connection(SocketChannel.open(new InetSocketAddress("127.0.0.1", port)), request);
                c.channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                c.channel.configureBlocking(false);
                c.channel.register(selector, SelectionKey.OP_READ, c);
                free.add(c);
            }
            long start = System.nanoTime() + 50_000_000L;
            long deadline = start + (long) (seconds * 3e9) + 10_000_000_000L;
            int sent = 0;
            int done = 0;
            while (done < total) {
                long now = System.nanoTime();
                if (now > deadline) {
                    throw new IOException("paced run did not finish: " + done + " of " + total + " answered");
                }
                while (sent < total && !free.isEmpty() && start + (long) (sent * interval) <= now) {
                    free.poll().send(start + (long) (sent * interval));
                    sent++;
                }
                if (selector.selectNow() == 0) {
                    continue;
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    Connection c = (Connection) key.attachment();
                    int status = c.readSome();
                    if (status != 0) {
                        latencies[done++] = System.nanoTime() - c.due;
                        if (status != 200) {
                            non200++;
                        }
                        free.add(c);
                    }
                }
                selector.selectedKeys().clear();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
            Arrays.sort(latencies);
            return new PacedLoad.Result(rate, total / elapsed, percentile(latencies, 0.50),
                    percentile(latencies, 0.99), latencies[total - 1] / 1e6, non200);
        }
    }

    private static double percentile(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** One keep-alive socket with at most one request in flight, and the response read so far. */
    private static final class Connection {
        private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
        final SocketChannel channel;
        private final byte[] request;
        private final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        long due;

        Connection(SocketChannel channel, byte[] request) {
            this.channel = channel;
            this.request = request;
        }

        void send(long dueNanos) throws IOException {
            due = dueNanos;
            in.clear();
            ByteBuffer out = ByteBuffer.wrap(request);
            while (out.hasRemaining()) {
                channel.write(out); // a small request fits the socket buffer: this does not spin in practice
            }
        }

        /** @return the status once the whole response is in, else 0 */
        int readSome() throws IOException {
            if (channel.read(in) < 0) {
                throw new IOException("server closed a connection");
            }
            byte[] bytes = in.array();
            int filled = in.position();
            int headerEnd = indexOf(bytes, filled);
            if (headerEnd < 0) {
                return 0;
            }
            int length = contentLength(bytes, headerEnd);
            if (filled < headerEnd + length) {
                return 0;
            }
            return (bytes[9] - '0') * 100 + (bytes[10] - '0') * 10 + (bytes[11] - '0');
        }

        /** @return the index just past the blank line that ends the headers, or -1 */
        private static int indexOf(byte[] b, int n) {
            for (int i = 3; i < n; i++) {
                if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
                    return i + 1;
                }
            }
            return -1;
        }

        private static int contentLength(byte[] b, int headerEnd) {
            outer:
            for (int i = 0; i + CONTENT_LENGTH.length < headerEnd; i++) {
                for (int k = 0; k < CONTENT_LENGTH.length; k++) {
                    if (Character.toLowerCase(b[i + k]) != CONTENT_LENGTH[k]) {
                        continue outer;
                    }
                }
                int value = 0;
                for (int j = i + CONTENT_LENGTH.length; j < headerEnd && b[j] != '\r'; j++) {
                    if (b[j] >= '0' && b[j] <= '9') {
                        value = value * 10 + (b[j] - '0');
                    }
                }
                return value;
            }
            return 0;
        }
    }
}
