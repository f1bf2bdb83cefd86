package io.modelwright.desktop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InspectCommandTest {
    private static final Path SAMPLES = Path.of("../sample-data");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ModelwrightCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void printsJsonForCars() throws IOException {
        int code = run("inspect", SAMPLES.resolve("cars.csv").toString(), "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(json.get("delimiter").asText()).isEqualTo(",");
        assertThat(json.get("decimalSeparator").asText()).isEqualTo(".");
        assertThat(json.get("header").asBoolean()).isTrue();
        assertThat(json.get("rows").asInt()).isEqualTo(406);
        JsonNode mpg = json.get("columns").get(1);
        assertThat(mpg.get("name").asText()).isEqualTo("Miles_per_Gallon");
        assertThat(mpg.get("type").asText()).isEqualTo("numeric");
        assertThat(mpg.get("missing").asInt()).isEqualTo(8);
        assertThat(mpg.get("reason").asText()).contains("8 empty treated as missing");
        assertThat(json.get("columns").get(7).get("type").asText()).isEqualTo("datetime");
        assertThat(json.get("warnings").isArray()).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsAReadableTableForIris() {
        assertThat(run("inspect", SAMPLES.resolve("iris.csv").toString())).isZero();
        assertThat(out.toString()).contains("column", "type", "missing", "distinct", "reason", "species",
                "categorical", "3 distinct labels among 150 values");
    }

    @Test
    void honoursDialectOptions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.txt");
        Files.writeString(file, "1,5\t2\n3,25\t4\n5,0\t6\n");
        assertThat(run("inspect", file.toString(), "--json", "--delimiter", "tab", "--decimal", ",", "--no-header",
                "--encoding", "UTF-8")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"delimiter\":\"\\t\"", "\"decimalSeparator\":\",\"",
                "\"header\":false", "\"rows\":3", "\"type\":\"numeric\"");
    }

    @Test
    void reportsARaggedFileOnStderrWithExitCode2AndNothingOnStdout(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ragged.csv");
        Files.writeString(file, "a,b,c\n1,2,3\n4,5,6,7\n8,9,10\n");
        assertThat(run("inspect", file.toString(), "--json")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("line 3 has 4 fields but the header has 3.", "--skip-bad-rows");
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void skipsBadRowsWhenAsked(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ragged.csv");
        Files.writeString(file, "a,b,c\n1,2,3\n4,5,6,7\n8,9,10\n");
        assertThat(run("inspect", file.toString(), "--json", "--skip-bad-rows")).isZero();
        assertThat(out.toString()).contains("\"rows\":2", "\"kind\":\"skipped-rows\"");
    }

    @Test
    void reportsAMissingFileAndAnEmptyFile(@TempDir Path dir) throws IOException {
        assertThat(run("inspect", dir.resolve("nope.csv").toString())).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("Cannot find the file");
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertThat(run("inspect", empty.toString(), "--json", "--debug")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("is empty");
    }

    @Test
    void rejectsAnUnknownDelimiter() {
        assertThat(run("inspect", SAMPLES.resolve("iris.csv").toString(), "--delimiter", "x")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("Unknown delimiter 'x'");
    }
}
