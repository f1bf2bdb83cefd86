package io.modelwright.bench.score;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The floor of what HTTP costs here: the JDK server with the scorer's settings (TCP_NODELAY, backlog 128, a
 * bounded pool of {@code 2 x cores} workers, queue 64) answering every request with a fixed prediction-sized JSON
 * body after reading the request body. Run as a child JVM: {@code ConstantServer PORT}; prints "Ready" when bound.
 */
public final class ConstantServer {
    private static final byte[] BODY = "{\"predictions\":[{\"label\":\"yes\",\"probabilities\":{\"no\":0.25,\"yes\":0.75}}]}"
            .getBytes(StandardCharsets.UTF_8);

    private ConstantServer() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 128);
        int workers = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
        http.setExecutor(new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(64)));
        http.createContext("/", ex -> {
            try (InputStream in = ex.getRequestBody()) {
                in.readNBytes(6 * 1024 * 1024 + 1);
            }
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, BODY.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(BODY);
            }
            ex.close();
        });
        http.start();
        System.out.println("Ready on " + http.getAddress().getPort());
    }
}
