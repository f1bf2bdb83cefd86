package io.modelwright.runtime.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelwright.runtime.TestModels;
import io.modelwright.runtime.score.Prediction;
import io.modelwright.runtime.score.Scorer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the real server on an ephemeral loopback port and exercises every endpoint and every bad request. */
class ScorerServerTest {
    @TempDir
    static Path tmp;
    static TestModels.Trained iris;
    static Path modelDir;
    static ScorerServer server;
    static Scorer scorer;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        iris = TestModels.iris();
        modelDir = tmp.resolve("model");
        TestModels.writeModelDir(iris, "iris", modelDir);
        scorer = Scorer.load(modelDir);
        server = ScorerServer.start(config().withLimits(2, 8, 64 * 1024, 100));
        assertThat(server.awaitLoaded(Duration.ofSeconds(30))).isTrue();
    }

    static ServerConfig config() {
        return ServerConfig.fromEnvironment(Map.of(), modelDir, 0, "127.0.0.1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String url(ScorerServer s, String path) {
        return "http://127.0.0.1:" + s.port() + path;
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(server, path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String contentType, String body, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(server, path)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String records(List<Map<String, Object>> rows) throws Exception {
        return JSON.writeValueAsString(Map.of("dataframe_records", rows));
    }

    @Test
    void healthAndInfoEndpointsAnswer() throws Exception {
        HttpResponse<String> ping = get("/ping");
        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(ping.body()).isEmpty();
        assertThat(get("/health").statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(get("/version").body()).get("tribuo").asText()).isEqualTo("4.3.2");
        assertThat(JSON.readTree(get("/execution-parameters").body()).get("MaxPayloadInMB").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(get("/v2/health/live").body()).get("live").asBoolean()).isTrue();
        assertThat(JSON.readTree(get("/v2/health/ready").body()).get("ready").asBoolean()).isTrue();
        assertThat(JSON.readTree(get("/v2").body()).get("name").asText()).isEqualTo("modelwright-scorer");
        assertThat(get("/v2/models/iris/ready").statusCode()).isEqualTo(200);
        JsonNode v1 = JSON.readTree(get("/v1/models/iris").body());
        assertThat(v1.get("name").asText()).isEqualTo("iris");
        assertThat(v1.get("ready").asBoolean()).isTrue();
        JsonNode meta = JSON.readTree(get("/v2/models/iris").body());
        assertThat(meta.get("platform").asText()).isEqualTo("tribuo");
        assertThat(meta.get("inputs")).hasSize(4);
        assertThat(meta.get("inputs").get(0).get("datatype").asText()).isEqualTo("FP64");
        assertThat(meta.get("outputs").get(0).get("name").asText()).isEqualTo("label");
        JsonNode openapi = JSON.readTree(get("/openapi.json").body());
        assertThat(openapi.get("openapi").asText()).startsWith("3.");
        assertThat(openapi.get("paths").has("/invocations")).isTrue();
    }

    @Test
    void pageRendersAFormFromTheSchema() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<form id=\"scoring-form\"", "name=\"petal_length\"", "training range")
                .doesNotContain("http://", "https://");
    }

    @Test
    void jsonPredictionsEqualScorerPredictExactly() throws Exception {
        List<Map<String, Object>> rows = iris.rawRows(150).subList(50, 150); // the cap is 100 rows here
        JsonNode predictions = JSON.readTree(post("/invocations", "application/json", records(rows)).body())
                .get("predictions");
        assertThat(predictions).hasSize(100);
        for (int i = 0; i < rows.size(); i++) {
            Prediction expected = scorer.predict(rows.get(i));
            JsonNode got = predictions.get(i);
            assertThat(got.get("label").asText()).isEqualTo(expected.label());
            for (Map.Entry<String, Double> e : expected.scores().entrySet()) {
                assertThat(got.get("probabilities").get(e.getKey()).doubleValue()).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void acceptsEveryMlflowJsonShape() throws Exception {
        Map<String, Object> row = iris.rawRows(1).get(0);
        List<Object> values = List.copyOf(row.values());
        String expected = scorer.predict(row).label();
        for (Object body : List.of(
                Map.of("dataframe_split", Map.of("columns", List.copyOf(row.keySet()), "data", List.of(values))),
                Map.of("dataframe_records", List.of(row)),
                Map.of("instances", List.of(row)),
                Map.of("instances", List.of(values)),
                Map.of("inputs", List.of(row)),
                Map.of("inputs", Map.of("sepal_length", List.of(row.get("sepal_length")), "sepal_width",
                        List.of(row.get("sepal_width")), "petal_length", List.of(row.get("petal_length")),
                        "petal_width", List.of(row.get("petal_width")))))) {
            HttpResponse<String> r = post("/invocations", "application/json; charset=utf-8",
                    JSON.writeValueAsString(body));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).get("predictions").get(0).get("label").asText()).isEqualTo(expected);
        }
    }

    @Test
    void csvInCsvOutOneLinePerLineWithOrWithoutHeader() throws Exception {
        String lines = "5.1,3.5,1.4,0.2\n6.7,3.0,5.2,2.3\n5.9,3.0,4.2,1.5\n";
        HttpResponse<String> headerless = post("/invocations", "text/csv", lines, "Accept", "text/csv");
        assertThat(headerless.statusCode()).isEqualTo(200);
        String[] out = headerless.body().split("\n");
        assertThat(out).hasSize(3);
        assertThat(out[0]).startsWith("setosa,");
        assertThat(out[1]).startsWith("virginica,");
        assertThat(out[0].split(",")).hasSize(4);
        HttpResponse<String> withHeader = post("/invocations", "text/csv",
                "sepal_length,sepal_width,petal_length,petal_width\n" + lines, "Accept", "text/csv");
        assertThat(withHeader.body()).isEqualTo(headerless.body());
        HttpResponse<String> json = post("/invocations", "text/csv", lines);
        assertThat(JSON.readTree(json.body()).get("predictions")).hasSize(3);
    }

    @Test
    void openInferenceV2ColumnsAndMatrixEchoTheId() throws Exception {
        Map<String, Object> byColumn = Map.of("id", "req-7", "inputs", List.of(
                Map.of("name", "sepal_length", "shape", List.of(2), "datatype", "FP64", "data", List.of(5.1, 6.7)),
                Map.of("name", "sepal_width", "shape", List.of(2), "datatype", "FP64", "data", List.of(3.5, 3.0)),
                Map.of("name", "petal_length", "shape", List.of(2), "datatype", "FP64", "data", List.of(1.4, 5.2)),
                Map.of("name", "petal_width", "shape", List.of(2), "datatype", "FP64", "data", List.of(0.2, 2.3))));
        JsonNode a = JSON.readTree(post("/v2/models/iris/infer", "application/json",
                JSON.writeValueAsString(byColumn)).body());
        assertThat(a.get("model_name").asText()).isEqualTo("iris");
        assertThat(a.get("id").asText()).isEqualTo("req-7");
        assertThat(a.get("outputs").get(0).get("data").get(0).asText()).isEqualTo("setosa");
        assertThat(a.get("outputs").get(1).get("shape").toString()).isEqualTo("[2,3]");
        Map<String, Object> matrix = Map.of("inputs", List.of(Map.of("name", "input", "shape", List.of(2, 4),
                "datatype", "FP64", "data", List.of(5.1, 3.5, 1.4, 0.2, 6.7, 3.0, 5.2, 2.3))));
        JsonNode b = JSON.readTree(post("/v2/models/iris/infer", "application/json",
                JSON.writeValueAsString(matrix)).body());
        assertThat(b.get("outputs")).isEqualTo(a.get("outputs"));
    }

    @Test
    void kserveV1Predicts() throws Exception {
        HttpResponse<String> r = post("/v1/models/iris:predict", "application/json",
                JSON.writeValueAsString(Map.of("instances", List.of(List.of(5.1, 3.5, 1.4, 0.2)))));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("predictions").get(0).get("label").asText()).isEqualTo("setosa");
    }

    @Test
    void badInputGets400NamingColumnAndValue() throws Exception {
        Map<String, Object> row = new java.util.LinkedHashMap<>(iris.rawRows(1).get(0));
        row.remove("petal_width");
        assertBad(records(List.of(row)), "Missing column 'petal_width'");
        row.put("petal_width", 0.2);
        row.put("colour", "red");
        assertBad(records(List.of(row)), "Unknown column 'colour'");
        row.remove("colour");
        row.put("petal_width", "wide");
        assertBad(records(List.of(row)), "'wide' is not a number");
        assertBad("{\"dataframe_split\":{\"columns\":[\"sepal_length\",\"sepal_width\",\"petal_length\","
                + "\"petal_width\"],\"data\":[[5.1,3.5,1.4,NaN]]}}", "petal_width");
        HttpResponse<String> inf = post("/invocations", "text/csv", "5.1,3.5,1.4,Infinity\n");
        assertThat(inf.statusCode()).isEqualTo(400);
        assertThat(inf.body()).contains("Infinity", "petal_width");
        assertThat(post("/invocations", "application/json", "{not json").statusCode()).isEqualTo(400);
        assertThat(post("/invocations", "application/json", "{\"foo\":[]}").statusCode()).isEqualTo(400);
    }

    private static void assertBad(String body, String message) throws Exception {
        HttpResponse<String> r = post("/invocations", "application/json", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("error").asText()).contains(message).startsWith("Row 1:");
        assertThat(json.get("error_code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(json.get("message").asText()).contains(message);
        assertThat(r.body()).doesNotContain("Exception", "at io.");
    }

    @Test
    void protocolErrorsHaveTheirStatusCodes() throws Exception {
        assertThat(post("/invocations", "text/plain", "x").statusCode()).isEqualTo(415);
        assertThat(post("/invocations", null, "x").statusCode()).isEqualTo(415);
        assertThat(get("/invocations").statusCode()).isEqualTo(405);
        assertThat(post("/ping", "text/csv", "").statusCode()).isEqualTo(405);
        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
        assertThat(get("/v2/models/other").statusCode()).isEqualTo(404);
        assertThat(get("/v1/models/other").statusCode()).isEqualTo(404);
        assertThat(post("/v2/models/other/infer", "application/json", "{}").statusCode()).isEqualTo(404);
        JsonNode err = JSON.readTree(get("/nothing-here").body());
        assertThat(err.get("error").asText()).contains("No endpoint");
    }

    @Test
    void bodiesOverTheCapGet413IncludingChunked() throws Exception {
        String big = "5.1,3.5,1.4,0.2\n".repeat(5000); // 80 KB > 64 KB cap
        assertThat(post("/invocations", "text/csv", big).statusCode()).isEqualTo(413);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(url(server, "/invocations")))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
        assertThat(HTTP.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
        String tooManyRows = "5.1,3.5,1.4,0.2\n".repeat(101);
        assertThat(post("/invocations", "text/csv", tooManyRows).statusCode()).isEqualTo(413);
        assertThat(get("/ping").statusCode()).isEqualTo(200);
    }

    @Test
    void chunkedAndContentLengthBodiesGetTheSameAnswer() throws Exception {
        String lines = "5.1,3.5,1.4,0.2\n6.7,3.0,5.2,2.3\n";
        HttpResponse<String> sized = post("/invocations", "text/csv", lines, "Accept", "text/csv");
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(url(server, "/invocations")))
                .header("Content-Type", "text/csv").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)))).build();
        HttpResponse<String> streamed = HTTP.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(sized.statusCode()).isEqualTo(200);
        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(streamed.body()).isEqualTo(sized.body()).startsWith("setosa,");
    }

    @Test
    void metricsCountRequestsRowsAndLatency() throws Exception {
        post("/invocations", "text/csv", "5.1,3.5,1.4,0.2\n");
        String metrics = get("/metrics").body();
        assertThat(metrics).contains("scorer_requests_total{path=\"/invocations\",status=\"200\"}",
                "scorer_rows_scored_total", "scorer_request_duration_seconds_bucket{le=\"+Inf\"}",
                "scorer_errors_total");
    }

    @Test
    void apiKeyIsRequiredExceptOnHealthEndpoints() throws Exception {
        try (ScorerServer secured = ScorerServer.start(config().withApiKey("s3cret"))) {
            assertThat(secured.awaitLoaded(Duration.ofSeconds(30))).isTrue();
            String body = records(iris.rawRows(1));
            assertThat(send(secured, "/invocations", body)).isEqualTo(401);
            assertThat(send(secured, "/invocations", body, "Authorization", "Bearer s3cret")).isEqualTo(200);
            assertThat(send(secured, "/invocations", body, "X-Api-Key", "s3cret")).isEqualTo(200);
            assertThat(send(secured, "/invocations", body, "X-Api-Key", "wrong")).isEqualTo(401);
            for (String open : List.of("/ping", "/health", "/v2/health/live", "/v2/health/ready")) {
                assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(url(secured, open))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()).as(open).isEqualTo(200);
            }
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(url(secured, "/metrics"))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
        }
    }

    private static int send(ScorerServer s, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(s, path))).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aFullQueueGets503AndTheServerRecovers() throws Exception {
        try (ScorerServer tiny = ScorerServer.start(config().withLimits(1, 0, 1024 * 1024, 100))) {
            assertThat(tiny.awaitLoaded(Duration.ofSeconds(30))).isTrue();
            // Hold the only worker: announce a body and send only part of it.
            try (Socket slow = new Socket("127.0.0.1", tiny.port())) {
                OutputStream out = slow.getOutputStream();
                out.write(("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                        + "Content-Length: 100\r\n\r\n5.1,").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(300);
                HttpResponse<String> busy = HTTP.send(HttpRequest.newBuilder(URI.create(url(tiny, "/ping")))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(busy.statusCode()).isEqualTo(503);
            }
            Thread.sleep(300);
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(url(tiny, "/ping"))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void stopDrainsInFlightRequestsQuickly() throws Exception {
        ScorerServer s = ScorerServer.start(config());
        assertThat(s.awaitLoaded(Duration.ofSeconds(30))).isTrue();
        long t0 = System.nanoTime();
        s.stop(Duration.ofSeconds(20));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void configFollowsTheDeploymentEnvironment() {
        ServerConfig sagemaker = ServerConfig.fromEnvironment(Map.of("SAGEMAKER_BIND_TO_PORT", "9090", "PORT", "7070",
                "SAGEMAKER_MAX_PAYLOAD_IN_MB", "2", "MODEL_DIR", "/models/x", "SCORER_API_KEY", "k"), null, null, null);
        assertThat(sagemaker.port()).isEqualTo(9090);
        assertThat(sagemaker.maxBodyBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(sagemaker.modelDir()).isEqualTo(Path.of("/models/x"));
        assertThat(sagemaker.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(sagemaker.apiKey()).isEqualTo("k");
        ServerConfig kserve = ServerConfig.fromEnvironment(Map.of("PORT", "7070", "SCORER_MAX_BODY_MB", "1",
                "SAGEMAKER_MAX_PAYLOAD_IN_MB", "9", "SCORER_MAX_ROWS", "5"), null, 1234, "0.0.0.0");
        assertThat(kserve.port()).isEqualTo(1234);
        assertThat(kserve.maxBodyBytes()).isEqualTo(1024L * 1024);
        assertThat(kserve.maxRows()).isEqualTo(5);
        assertThat(kserve.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(ServerConfig.fromEnvironment(Map.of(), null, null, null).port()).isEqualTo(8080);
    }

    @Test
    void answers503UntilTheModelIsLoaded() throws Exception {
        Path empty = tmp.resolve("no-model");
        java.nio.file.Files.createDirectories(empty);
        try (ScorerServer broken = ScorerServer.start(ServerConfig.fromEnvironment(Map.of(), empty, 0,
                "127.0.0.1"))) {
            assertThat(broken.awaitLoaded(Duration.ofSeconds(10))).isFalse();
            assertThat(broken.loadFailure()).contains("manifest.json");
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(url(broken, "/ping"))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(503);
            HttpResponse<String> inv = HTTP.send(HttpRequest.newBuilder(URI.create(url(broken, "/invocations")))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("1,2,3,4\n"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(inv.statusCode()).isEqualTo(503);
        }
    }
}
