package io.modelwright.desktop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelwright.core.export.ScorerJarLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project and deployment commands end to end, through {@link ModelwrightCli#run}: train into a project, list,
 * reproduce, export (verified by the real scorer jar), predict, and the one-paragraph errors.
 */
class ExperimentCommandsTest {
    private static final String IRIS = Path.of("..", "sample-data", "iris.csv").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return ModelwrightCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private JsonNode json() throws Exception {
        return JSON.readTree(out.toString());
    }

    private String trainIntoProject(Path project, String algorithm) throws Exception {
        int code = run("train", IRIS, "--target", "species", "--algorithm", algorithm, "--validation", "cv:3",
                "--project", project.toString(), "--note", "from a test", "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = json();
        assertThat(json.get("metrics").get("accuracy").asDouble()).isGreaterThan(0.8);
        return json.get("runId").asText();
    }

    @Test
    void trainingTwiceIntoAProjectListsTwoRuns() throws Exception {
        Path project = tmp.resolve("iris.mwproj");
        String first = trainIntoProject(project, "logistic-regression");
        String second = trainIntoProject(project, "random-forest");
        assertThat(first).isNotEqualTo(second);

        assertThat(run("runs", project.toString(), "--json")).as(err.toString()).isZero();
        JsonNode runs = json().get("runs");
        assertThat(runs).hasSize(2);
        List<String> keys = new ArrayList<>();
        runs.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("runId", "created", "task", "algorithm", "validation", "metrics");
        assertThat(runs.get(0).get("runId").asText()).isEqualTo(first);
        assertThat(runs.get(1).get("algorithm").asText()).isEqualTo("random-forest");
        assertThat(runs.get(1).get("validation").asText()).isEqualTo("cv:3");
        assertThat(runs.get(0).get("metrics").has("accuracy")).isTrue();

        assertThat(run("runs", project.toString())).isZero();
        assertThat(out.toString()).contains(first, second, "logistic-regression", "from a test");
    }

    @Test
    void reproducingASavedRunIsIdentical() throws Exception {
        Path project = tmp.resolve("iris.mwproj");
        String runId = trainIntoProject(project, "xgboost");
        int code = run("reproduce", project.toString(), "--run", runId, "--json");
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(json().get("identical").asBoolean()).isTrue();
        assertThat(json().get("differences")).isEmpty();
    }

    @Test
    void reproducingAfterTheDataFileChangedExitsOneAndSaysWhy() throws Exception {
        Path csv = Files.copy(Path.of(IRIS), tmp.resolve("iris.csv"));
        Path project = tmp.resolve("iris.mwproj");
        assertThat(run("train", csv.toString(), "--target", "species", "--algorithm", "logistic-regression",
                "--validation", "cv:3", "--project", project.toString(), "--json")).as(err.toString()).isZero();
        String runId = json().get("runId").asText();
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        lines.set(1, "7.7,3.5,1.4,0.2,setosa");
        Files.write(csv, lines);

        assertThat(run("reproduce", project.toString(), "--run", runId, "--json")).as(err.toString()).isEqualTo(1);
        assertThat(json().get("identical").asBoolean()).isFalse();
        assertThat(json().get("differences").get(0).asText()).startsWith("Data fingerprint");
    }

    @Test
    void exportingASavedRunWritesAVerifiedArtifactThatPredicts() throws Exception {
        Path jar = ScorerJarLocator.locate(); // fails with a clear message when runtime was not packaged
        assertThat(jar).exists();
        Path project = tmp.resolve("iris.mwproj");
        String runId = trainIntoProject(project, "logistic-regression");
        Path artifact = tmp.resolve("artifact");

        int code = run("export", project.toString(), "--run", runId, "--out", artifact.toString(), "--json");
        assertThat(code).as(err.toString()).isZero();
        assertThat(json().get("export").get("verified").asBoolean()).isTrue();
        assertThat(artifact.resolve("model/manifest.json")).isRegularFile();
        JsonNode verification = JSON.readTree(artifact.resolve("verification.json").toFile());
        assertThat(verification.get("passed").asBoolean()).isTrue();
        assertThat(verification.get("rowsCompared").asInt()).isEqualTo(150);
        assertThat(verification.get("labelMismatches").asInt()).isZero();

        Path input = tmp.resolve("in.csv");
        Files.write(input, List.of("sepal_length,sepal_width,petal_length,petal_width", "5.1,3.5,1.4,0.2",
                "6.7,3.0,5.2,2.3", "not-a-number,3.0,5.2,2.3", "5.9,3.0,4.2,1.5"));
        Path output = tmp.resolve("out.csv");
        assertThat(run("predict", artifact.toString(), "--input", input.toString(), "--output",
                output.toString())).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("setosa");
        assertThat(out.toString()).contains("Scored 4 rows (1 with errors)");

        servesTheArtifactOverHttp(artifact);
    }

    private void servesTheArtifactOverHttp(Path artifact) throws Exception {
        StringWriter serveOut = new StringWriter();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        Future<Integer> serving = executor.submit(() -> ModelwrightCli.run(new String[] {"serve",
                artifact.resolve("model").toString(), "--port", "0"}, new PrintWriter(serveOut, true),
                new PrintWriter(new StringWriter(), true)));
        try {
            Matcher url = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/").matcher("");
            for (int i = 0; i < 600 && !url.reset(serveOut.toString()).find(); i++) {
                Thread.sleep(100);
            }
            assertThat(url.reset(serveOut.toString()).find()).as(serveOut.toString()).isTrue();
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(url.group() + "invocations")).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("5.1,3.5,1.4,0.2\n")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("setosa");
        } finally {
            executor.shutdownNow();
        }
        assertThat(serving.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void trainWithExportPrintsTheArtifactAndItsVerification() throws Exception {
        ScorerJarLocator.locate();
        Path artifact = tmp.resolve("exported");
        int code = run("train", IRIS, "--target", "species", "--algorithm", "logistic-regression", "--validation",
                "cv:3", "--export", artifact.toString(), "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode export = json().get("export");
        assertThat(export.get("dir").asText()).isEqualTo(artifact.toAbsolutePath().normalize().toString());
        assertThat(export.get("verified").asBoolean()).isTrue();
        assertThat(artifact.resolve("model/model.tribuo")).isRegularFile();
        assertThat(artifact.resolve("scorer/run.sh")).isRegularFile();
    }

    @Test
    void exportsARegressionWithDatesAndCategoriesAndSavesTheRun() throws Exception {
        ScorerJarLocator.locate();
        Path artifact = tmp.resolve("cars-artifact");
        Path project = tmp.resolve("cars.mwproj");
        int code = run("train", Path.of("..", "sample-data", "cars.csv").toString(), "--target", "Miles_per_Gallon",
                "--ignore", "Name", "--algorithm", "xgboost", "--validation", "holdout:0.2", "--project",
                project.toString(), "--export", artifact.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Saved as run", "Exported to", "Verification passed");
        JsonNode manifest = JSON.readTree(artifact.resolve("model/manifest.json").toFile());
        assertThat(manifest.get("name").asText()).isEqualTo("cars");
        assertThat(manifest.toString()).contains("Year", "Origin");

        assertThat(run("runs", project.toString(), "--json")).isZero();
        String runId = json().get("runs").get(0).get("runId").asText();
        assertThat(run("reproduce", project.toString(), "--run", runId)).as(out.toString()).isZero();
        assertThat(out.toString()).contains("reproduced identically");
    }

    @Test
    void badInputsExitTwoWithAMessageAndNothingOnStdout() throws Exception {
        Path missing = tmp.resolve("missing.mwproj");
        Path full = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "already here");
        List<String[]> commands = List.of(
                new String[] {"runs", missing.toString()},
                new String[] {"reproduce", missing.toString(), "--run", "r1"},
                new String[] {"export", missing.toString(), "--run", "r1", "--out", tmp.resolve("a").toString()},
                new String[] {"predict", tmp.toString(), "--input", IRIS, "--output", tmp.resolve("o.csv").toString()},
                new String[] {"serve", tmp.toString(), "--port", "0"},
                new String[] {"train", tmp.resolve("nope.csv").toString(), "--target", "x", "--project",
                        tmp.resolve("p.mwproj").toString()},
                new String[] {"reproduce", missing.toString()},
                new String[] {"train", IRIS, "--target", "species", "--export", full.toString()});
        for (String[] args : commands) {
            int code = run(args);
            assertThat(code).as(String.join(" ", args)).isEqualTo(2);
            assertThat(out.toString()).as(String.join(" ", args)).isEmpty();
            assertThat(err.toString()).as(String.join(" ", args)).isNotBlank().doesNotContain("\tat ");
        }
        Path project = tmp.resolve("iris.mwproj");
        trainIntoProject(project, "logistic-regression");
        assertThat(run("reproduce", project.toString(), "--run", "no-such-run")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("no-such-run");
    }
}
