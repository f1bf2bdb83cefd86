package io.modelwright.desktop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The train, compare and algorithms commands, reading sample data through a test table source. */
class TrainingCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler(new FriendlyErrorHandler());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String sample(String name) {
        return CsvTestTables.SAMPLES.resolve(name + ".csv").toString();
    }

    @Test
    void trainPrintsTheAgreedJson() throws Exception {
        int code = run(new TrainCommand(new CsvTestTables()), sample("iris"), "--target", "species",
                "--algorithm", "logistic-regression", "--set", "epochs=5", "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("task", "algorithm", "seed", "validation", "rows", "features", "metrics",
                "std", "folds");
        assertThat(json.get("task").asText()).isEqualTo("classification");
        assertThat(json.get("validation").asText()).isEqualTo("cv:5");
        assertThat(json.get("rows").asInt()).isEqualTo(150);
        assertThat(json.get("features").asInt()).isEqualTo(4);
        assertThat(json.get("metrics").get("accuracy").asDouble()).isGreaterThan(0.9);
        assertThat(json.get("metrics").has("macroF1")).isTrue();
        assertThat(json.get("metrics").has("auc")).isTrue();
        assertThat(json.get("folds")).hasSize(5);
    }

    @Test
    void trainPrintsAReadableSummaryForRegression() {
        int code = run(new TrainCommand(new CsvTestTables()), sample("cars"), "--target", "Miles_per_Gallon",
                "--ignore", "Name,Year", "--algorithm", "xgboost", "--validation", "holdout:0.2", "--seed", "3");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("xgboost (regression)").contains("holdout:0.2").contains("seed 3")
                .contains("rmse").contains("r2").contains("rows were left out");
    }

    @Test
    void badInputExitsWithTwoAndSaysWhatToChange() {
        assertThat(run(new TrainCommand(new CsvTestTables()), sample("iris"), "--target", "species",
                "--algorithm", "gbm")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown algorithm 'gbm'").contains("xgboost").doesNotContain("Exception");
        err.getBuffer().setLength(0);
        assertThat(run(new TrainCommand(new CsvTestTables()), sample("iris"), "--target", "species",
                "--validation", "folds")).isEqualTo(2);
        assertThat(err.toString()).contains("Use cv:K");
        err.getBuffer().setLength(0);
        assertThat(run(new TrainCommand(new CsvTestTables()), sample("iris"), "--task", "regression")).isEqualTo(2);
        assertThat(err.toString()).contains("needs a target column");
    }

    @Test
    void comparePrintsALeaderboard() throws Exception {
        int code = run(new CompareCommand(new CsvTestTables()), sample("iris"), "--target", "species",
                "--algorithms", "dummy,logistic-regression", "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode board = new ObjectMapper().readTree(out.toString()).get("leaderboard");
        assertThat(board).hasSize(2);
        assertThat(board.get(0).get("algorithm").asText()).isEqualTo("logistic-regression");
        assertThat(board.get(0).get("significantlyWorseThanBest").asBoolean()).isFalse();
        assertThat(board.get(1).get("significantlyWorseThanBest").asBoolean()).isTrue();
        assertThat(board.get(1).get("std").has("accuracy")).isTrue();
    }

    @Test
    void algorithmsListsTheCatalogWithSettings() throws Exception {
        assertThat(run(new AlgorithmsCommand(), "--task", "regression", "--json")).isZero();
        JsonNode list = new ObjectMapper().readTree(out.toString());
        List<String> ids = new ArrayList<>();
        list.forEach(a -> ids.add(a.get("id").asText()));
        assertThat(ids).contains("elastic-net", "lars-lasso", "random-forest").doesNotContain("adaboost");
        out.getBuffer().setLength(0);
        assertThat(run(new AlgorithmsCommand())).isZero();
        assertThat(out.toString()).contains("CLASSIFICATION").contains("--set maxDepth=6").contains("ANOMALY");
    }

    @Test
    void trainExplainsItsOptions() {
        assertThat(run(new TrainCommand(new CsvTestTables()), "--help")).isZero();
        assertThat(out.toString()).contains("--target").contains("--algorithm").contains("--set")
                .contains("--validation").contains("holdout:0.2");
    }

    @Test
    void commandsAreRegistered() {
        assertThat(ModelwrightCli.isCommand("train")).isTrue();
        assertThat(ModelwrightCli.isCommand("compare")).isTrue();
        assertThat(ModelwrightCli.isCommand("algorithms")).isTrue();
    }
}
