package io.modelwright.runtime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the shaded {@code modelwright-scorer.jar} as a separate JVM, as a deployment would: serve, healthcheck,
 * batch, a short soak of malformed and valid requests, and SIGTERM. Runs in the integration-test phase, after
 * package.
 */
@Tag("integration")
class ScorerJarIT {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Path scorerJar() {
        Path jar = Path.of("target/modelwright-scorer.jar").toAbsolutePath();
        assertThat(jar).as("run mvn package first").exists();
        return jar;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void shadedJarServesBatchesAndShutsDownOnSigterm(@TempDir Path tmp) throws Exception {
        Path modelDir = tmp.resolve("model");
        TestModels.writeModelDir(TestModels.iris(), "iris", modelDir);
        Process p = new ProcessBuilder(java(), "-jar", scorerJar().toString(), "serve", "--model",
                modelDir.toString(), "--port", "0").redirectError(tmp.resolve("stderr.log").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).startsWith("Listening on http://127.0.0.1:");
            String base = first.substring("Listening on ".length());
            assertThat(out.readLine()).startsWith("Ready");
            assertThat(status(base + "/ping")).isEqualTo(200);
            HttpResponse<String> r = post(base + "/invocations", "5.1,3.5,1.4,0.2\n");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("setosa");

            int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
            Process health = new ProcessBuilder(java(), "-jar", scorerJar().toString(), "healthcheck", "--port",
                    Integer.toString(port)).start();
            assertThat(health.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(health.exitValue()).isZero();

            soak(base, Duration.ofSeconds(15));
            assertThat(status(base + "/ping")).isEqualTo(200);
        } finally {
            p.destroy(); // SIGTERM: the shutdown hook drains and exits
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readString(tmp.resolve("stderr.log"))).doesNotContain("5.1,3.5,1.4,0.2");
    }

    @Test
    void batchCommandScoresAFileMarkingBadRows(@TempDir Path tmp) throws Exception {
        Path modelDir = tmp.resolve("model");
        TestModels.writeModelDir(TestModels.iris(), "iris", modelDir);
        Path in = tmp.resolve("in.csv");
        Files.writeString(in, "5.1,3.5,1.4,0.2\nbad,3.5,1.4,0.2\n6.7,3.0,5.2,2.3\n");
        Path outFile = tmp.resolve("out.csv");
        Process p = new ProcessBuilder(java(), "-jar", scorerJar().toString(), "batch", "--model",
                modelDir.toString(), "--input", in.toString(), "--output", outFile.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        List<String> lines = Files.readAllLines(outFile);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("setosa,");
        assertThat(lines.get(1)).contains("'bad' is not a number");
        assertThat(lines.get(2)).startsWith("virginica,");
    }

    @Test
    void serveExitsWithAClearErrorWhenTheModelCannotBeLoaded(@TempDir Path tmp) throws Exception {
        Process p = new ProcessBuilder(java(), "-jar", scorerJar().toString(), "serve", "--model", tmp.toString(),
                "--port", "0").redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(log).contains("could not be loaded", "manifest.json");
    }

    /** A bounded mix of malformed and valid requests: bad input must never produce a 5xx. */
    private static void soak(String base, Duration length) throws Exception {
        String[] bad = {"{", "{\"inputs\":5}", "[1,2]", "{\"dataframe_split\":{}}", "\u0000\u0001",
                "{\"instances\":[[1,2,3,4,5]]}", "{\"instances\":[{\"x\":1}]}", "{\"instances\":[[\"a\",1,2,3]]}"};
        long end = System.nanoTime() + length.toNanos();
        int requests = 0;
        while (System.nanoTime() < end) {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            HttpResponse<String> r = rnd.nextInt(4) == 0
                    ? post(base + "/invocations", "5.1,3.5,1.4,0.2\n6.7,3.0,5.2,2.3\n")
                    : HTTP.send(HttpRequest.newBuilder(URI.create(base + "/invocations"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bad[rnd.nextInt(bad.length)])).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isLessThan(500);
            requests++;
        }
        assertThat(requests).isGreaterThan(50);
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static HttpResponse<String> post(String url, String csv) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/csv")
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
