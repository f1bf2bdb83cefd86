package io.modelwright.runtime.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelwright.runtime.TestModels;
import io.modelwright.runtime.score.Prediction;
import io.modelwright.runtime.score.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A model with categorical inputs: an unseen category is answered, and reported in the prediction's notes. */
class CategoricalInputTest {

    @Test
    void unseenCategoryIsAnsweredWithANote(@TempDir Path tmp) throws Exception {
        TestModels.Trained penguins = TestModels.classifier("penguins.csv", "species", List.of("year"),
                List.of("island", "sex"), new LogisticRegressionTrainer(), "logistic-regression", true);
        Path dir = tmp.resolve("model");
        TestModels.writeModelDir(penguins, "penguins", dir);
        Map<String, Object> row = new LinkedHashMap<>(penguins.rawRows(1).get(0));
        row.put("island", "Atlantis");

        Prediction p = Scorer.load(dir).predict(row);
        assertThat(p.label()).isNotBlank();
        assertThat(p.notes()).singleElement().asString().contains("island", "Atlantis", "not seen in training");

        try (ScorerServer server = ScorerServer.start(ServerConfig.fromEnvironment(Map.of(), dir, 0, "127.0.0.1"))) {
            assertThat(server.awaitLoaded(Duration.ofSeconds(30))).isTrue();
            ObjectMapper json = new ObjectMapper();
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/invocations"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                            Map.of("dataframe_records", List.of(row))))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode got = json.readTree(r.body()).get("predictions").get(0);
            assertThat(got.get("label").asText()).isEqualTo(p.label());
            assertThat(got.get("notes").get(0).asText()).contains("Atlantis");
            assertThat(server.port()).isPositive();
            String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).contains("<select name=\"island\"", "<option>Dream</option>");
        }
    }
}
