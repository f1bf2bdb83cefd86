package io.modelwright.runtime.serve;

import io.modelwright.runtime.TestModels;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Soak: valid and malformed requests mixed, on several connections at once, for {@code -Dsoak.seconds} (20 by
 * default; the figure is 120). Bad input must get a 4xx JSON error, never a 5xx (503 for a full queue is
 * allowed); the server must still answer correctly afterwards; and heap used after GC must not grow beyond warm-up.
 * Runs the server in this JVM so that {@code MemoryMXBean} sees its heap directly.
 */
@Tag("integration")
class ScorerSoakIT {
    private static final String IRIS_COLUMNS = "\"sepal_length\",\"sepal_width\",\"petal_length\",\"petal_width\"";
    private static final String VALID_JSON = "{\"dataframe_split\":{\"columns\":[" + IRIS_COLUMNS
            + "],\"data\":[[5.1,3.5,1.4,0.2],[6.7,3.0,5.2,2.3]]}}";
    private static final int MAX_BODY = 64 * 1024;
    private static final int CLIENTS = 4;
    private static final long HEAP_MARGIN_BYTES = 20L * 1024 * 1024;

    /** What a kind of request must get back. */
    enum Expect { OK, CLIENT_ERROR, NO_SERVER_ERROR }

    /** One kind of request: raw bytes so that broken HTTP can be sent too. */
    record Kind(String name, Expect expect, Sender sender) {
    }

    @FunctionalInterface
    interface Sender {
        /** @return the raw response, or null when the server (rightly) closed without one */
        String send(int port) throws IOException, InterruptedException;
    }

    @Test
    void mixedValidAndMalformedTrafficLeavesTheServerHealthy(@TempDir Path tmp) throws Exception {
        int seconds = Integer.getInteger("soak.seconds", 20);
        Path modelDir = tmp.resolve("model");
        TestModels.writeModelDir(TestModels.iris(), "iris", modelDir);
        ServerConfig config = new ServerConfig(modelDir, "127.0.0.1", 0, 4, 64, MAX_BODY, 1_000, null);
        try (ScorerServer server = ScorerServer.start(config)) {
            assertThat(server.awaitLoaded(Duration.ofSeconds(30))).as(server.loadFailure()).isTrue();
            int port = server.port();
            List<Kind> kinds = kinds();
            Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

            double warmUp = Math.max(3, seconds * 0.15);
            fire(port, kinds, warmUp, counts, failures);
            long heapAfterWarmUp = heapUsedAfterGc();
            fire(port, kinds, seconds - warmUp, counts, failures);
            long heapAtEnd = heapUsedAfterGc();

            System.out.printf("Soak %d s: %s; heap after GC %.1f MB after warm-up, %.1f MB at the end%n", seconds,
                    counts, heapAfterWarmUp / 1048576.0, heapAtEnd / 1048576.0);
            assertThat(failures).as("requests answered wrongly").isEmpty();
            assertThat(counts.keySet()).as("every kind of request was sent")
                    .containsAll(kinds.stream().map(Kind::name).toList());
            assertThat(ping(port)).isEqualTo(200);
            String answer = request(port, post("/invocations", "text/csv", "5.1,3.5,1.4,0.2\n6.7,3.0,5.2,2.3\n"));
            assertThat(status(answer)).isEqualTo(200);
            assertThat(body(answer)).contains("setosa").contains("virginica");
            assertThat(heapAtEnd - heapAfterWarmUp).as("heap growth after warm-up (bytes)")
                    .isLessThan(HEAP_MARGIN_BYTES);
        }
    }

    /** Sends random kinds of request on {@link #CLIENTS} threads for a while; records what was answered wrongly. */
    private static void fire(int port, List<Kind> kinds, double seconds, Map<String, AtomicLong> counts,
                             ConcurrentLinkedQueue<String> failures) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(c);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end && failures.size() < 20) {
                    Kind kind = kinds.get(random.nextInt(kinds.size()));
                    counts.computeIfAbsent(kind.name(), k -> new AtomicLong()).incrementAndGet();
                    try {
                        String problem = check(kind, kind.sender().send(port));
                        if (problem != null) {
                            failures.add(kind.name() + ": " + problem);
                        }
                    } catch (IOException e) {
                        if (kind.expect() != Expect.NO_SERVER_ERROR) {
                            failures.add(kind.name() + ": " + e);
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        failures.add(kind.name() + ": unreadable response (" + e + ")");
                    }
                }
            }, "soak-client-" + c);
            t.start();
            clients.add(t);
        }
        for (Thread t : clients) {
            t.join();
        }
    }

    /** @return what is wrong with the response, or null */
    private static String check(Kind kind, String response) {
        if (response == null || response.isEmpty()) {
            return kind.expect() == Expect.NO_SERVER_ERROR ? null : "no response";
        }
        int status = status(response);
        if (status == 503) {
            return null; // queue full: allowed under load
        }
        if (status >= 500) {
            return "got " + status + " " + body(response);
        }
        return switch (kind.expect()) {
            case OK -> status == 200 && body(response).contains("predictions") ? null : "got " + status;
            case CLIENT_ERROR -> status >= 400 && status < 500 && body(response).contains("\"error\"")
                    && response.toLowerCase().contains("content-type: application/json") ? null
                    : "expected a 4xx JSON error, got " + status + " " + body(response);
            case NO_SERVER_ERROR -> null;
        };
    }

    private static List<Kind> kinds() {
        String oversized = "5.1,3.5,1.4,0.2\n".repeat(MAX_BODY / 16 + 100);
        String tooManyRows = "5.1,3.5,1.4,0.2\n".repeat(1_001);
        List<Kind> k = new ArrayList<>();
        k.add(new Kind("valid-json", Expect.OK, p -> request(p, post("/invocations", "application/json", VALID_JSON))));
        k.add(new Kind("valid-csv", Expect.OK, p -> request(p, post("/invocations", "text/csv",
                "5.1,3.5,1.4,0.2\n"))));
        k.add(new Kind("valid-kserve-v1", Expect.OK, p -> request(p, post("/v1/models/iris:predict",
                "application/json", "{\"instances\":[[5.1,3.5,1.4,0.2]]}"))));
        k.add(bad("bad-json", "application/json", "{\"dataframe_split\":{\"columns\":["));
        k.add(bad("not-an-object", "application/json", "[1,2,3]"));
        k.add(bad("wrong-type", "application/json", "{\"dataframe_split\":{\"columns\":[" + IRIS_COLUMNS
                + "],\"data\":[[\"abc\",3.5,1.4,0.2]]}}"));
        k.add(bad("nested-value", "application/json", "{\"dataframe_split\":{\"columns\":[" + IRIS_COLUMNS
                + "],\"data\":[[{\"a\":1},3.5,1.4,0.2]]}}"));
        k.add(bad("nan-literal", "application/json", "{\"dataframe_split\":{\"columns\":[" + IRIS_COLUMNS
                + "],\"data\":[[NaN,3.5,1.4,0.2]]}}"));
        k.add(bad("infinity-csv", "text/csv", "5.1,Infinity,1.4,0.2\n"));
        k.add(bad("unknown-column", "application/json",
                "{\"dataframe_records\":[{\"sepal_length\":5.1,\"sepal_width\":3.5,\"petal_length\":1.4,"
                        + "\"petal_width\":0.2,\"colour\":\"red\"}]}"));
        k.add(bad("missing-column", "application/json", "{\"dataframe_records\":[{\"sepal_length\":5.1}]}"));
        k.add(bad("too-many-fields", "text/csv", "5.1,3.5,1.4,0.2,9,9\n"));
        k.add(bad("empty-body", "application/json", ""));
        k.add(bad("binary-garbage", "application/json", "\u0000\u0001\u00ff\ufffd{"));
        k.add(bad("wrong-content-type", "text/plain", "5.1,3.5,1.4,0.2\n"));
        k.add(bad("oversized-body", "text/csv", oversized));
        k.add(bad("too-many-rows", "text/csv", tooManyRows));
        k.add(new Kind("oversized-chunked", Expect.CLIENT_ERROR, p -> request(p, chunked(oversized))));
        k.add(new Kind("wrong-method-get", Expect.CLIENT_ERROR, p -> request(p, ("GET /invocations HTTP/1.1\r\n"
                + "Host: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8))));
        k.add(new Kind("wrong-method-put", Expect.CLIENT_ERROR, p -> request(p, ("PUT /invocations HTTP/1.1\r\n"
                + "Host: x\r\nContent-Type: text/csv\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8))));
        k.add(new Kind("unknown-path", Expect.CLIENT_ERROR, p -> request(p, post("/nope", "text/csv", "1\n"))));
        k.add(new Kind("bad-content-length", Expect.NO_SERVER_ERROR, p -> request(p, ("POST /invocations HTTP/1.1"
                + "\r\nHost: x\r\nContent-Type: text/csv\r\nContent-Length: abc\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8))));
        k.add(new Kind("truncated-body", Expect.NO_SERVER_ERROR, ScorerSoakIT::truncatedBody));
        k.add(new Kind("aborted-headers", Expect.NO_SERVER_ERROR, ScorerSoakIT::abortedHeaders));
        k.add(new Kind("not-http", Expect.NO_SERVER_ERROR, p -> request(p,
                "hello there\r\n\r\n".getBytes(StandardCharsets.UTF_8))));
        k.add(new Kind("slow-valid", Expect.OK, ScorerSoakIT::slowValid));
        return List.copyOf(k);
    }

    private static Kind bad(String name, String contentType, String body) {
        return new Kind(name, Expect.CLIENT_ERROR, p -> request(p, post("/invocations", contentType, body)));
    }

    private static byte[] post(String path, String contentType, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + b.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + b.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(b, 0, all, head.length, b.length);
        return all;
    }

    private static byte[] chunked(String body) {
        StringBuilder s = new StringBuilder("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        for (int i = 0; i < body.length(); i += 4096) {
            String part = body.substring(i, Math.min(body.length(), i + 4096));
            s.append(Integer.toHexString(part.length())).append("\r\n").append(part).append("\r\n");
        }
        return s.append("0\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Sends a request on a new connection and reads until the server closes it. */
    static String request(int port, byte[] bytes) throws IOException {
        try (Socket s = connect(port)) {
            OutputStream out = s.getOutputStream();
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                // The server may answer (413) and close before reading an oversized body: read what it said.
            }
            return readAll(s.getInputStream());
        }
    }

    private static String truncatedBody(int port) throws IOException {
        try (Socket s = connect(port)) {
            s.getOutputStream().write(("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: 200\r\n\r\n5.1,3.5,1.4").getBytes(StandardCharsets.UTF_8));
            s.shutdownOutput();
            return readAll(s.getInputStream());
        }
    }

    private static String abortedHeaders(int port) throws IOException {
        try (Socket s = connect(port)) {
            s.getOutputStream().write("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Ty"
                    .getBytes(StandardCharsets.UTF_8));
            s.setSoLinger(true, 0); // close with a reset, as a crashed client would
        }
        return null;
    }

    private static String slowValid(int port) throws IOException, InterruptedException {
        byte[] all = post("/invocations", "text/csv", "5.1,3.5,1.4,0.2\n");
        try (Socket s = connect(port)) {
            OutputStream out = s.getOutputStream();
            for (int i = 0; i < all.length; i += 16) {
                out.write(all, i, Math.min(16, all.length - i));
                out.flush();
                Thread.sleep(20);
            }
            return readAll(s.getInputStream());
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        s.setSoTimeout(15_000);
        return s;
    }

    private static String readAll(InputStream in) throws IOException {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.net.SocketException e) {
            return null; // reset by the server after refusing the request: no response, and no 5xx either
        }
    }

    private static int ping(int port) throws IOException {
        return status(request(port, "GET /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String body(String response) {
        int i = response.indexOf("\r\n\r\n");
        return i < 0 ? "" : response.substring(i + 4);
    }

    private static long heapUsedAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
