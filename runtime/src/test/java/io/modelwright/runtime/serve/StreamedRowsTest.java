package io.modelwright.runtime.serve;

import io.modelwright.runtime.TestModels;
import io.modelwright.runtime.artifact.ModelTask;
import io.modelwright.runtime.score.Prediction;
import io.modelwright.runtime.score.Scorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streamed dataframe_split reader, the positional shortcut for columns in input order and the streamed JSON
 * answer give exactly what the tree parser and the map serializer gave, rows and errors alike.
 */
class StreamedRowsTest {
    @TempDir
    static Path tmp;
    static Scorer scorer;
    static RowsParser parser;
    static List<String> columns;

    @BeforeAll
    static void load() throws Exception {
        TestModels.Trained penguins = TestModels.classifier("penguins.csv", "species", List.of("year"),
                List.of("island", "sex"), new LogisticRegressionTrainer(), "logistic-regression", true);
        Path dir = tmp.resolve("model");
        TestModels.writeModelDir(penguins, "penguins", dir);
        scorer = Scorer.load(dir);
        columns = scorer.manifest().inputNames();
        parser = new RowsParser(columns, 5, scorer::isInputOrder);
    }

    /** What a body becomes: canonical rows, or the error with its status, message and per-row errors. */
    private record Outcome(List<List<Object>> rows, int status, String message, List<HttpError.RowError> errors) {
        static Outcome of(Supplier<List<RawRow>> parse) {
            try {
                List<List<Object>> rows = new ArrayList<>();
                for (Object[] row : RowDecoder.decode(scorer, parse.get())) {
                    rows.add(Arrays.asList(row));
                }
                return new Outcome(rows, 200, null, List.of());
            } catch (HttpError e) {
                return new Outcome(null, e.status(), e.getMessage(), e.rowErrors());
            }
        }
    }

    private static String row(Object... values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ",").append(values[i] instanceof String s ? "\"" + s + "\"" : values[i]);
        }
        return b.append(']').toString();
    }

    private static String quotedColumns(List<String> names) {
        return "[" + String.join(",", names.stream().map(c -> "\"" + c + "\"").toList()) + "]";
    }

    private static List<String> bodies() {
        String inOrder = quotedColumns(columns);
        List<String> reversed = new ArrayList<>(columns);
        java.util.Collections.reverse(reversed);
        String good = row(goodValues().toArray());
        List<Object> reversedValues = new ArrayList<>(goodValues());
        java.util.Collections.reverse(reversedValues);
        String bad = good.replaceFirst("\\[[^,]*,", "[\"abc\",");
        String withNull = good.replaceFirst("\\[[^,]*,", "[null,");
        String nested = good.replaceFirst("\\[[^,]*,", "[[1],");
        String shortRow = good.replaceFirst("\\[[^,]*,", "[");
        String ints = good.replaceAll("\\.\\d+", "");
        List<String> b = new ArrayList<>();
        b.add("{\"dataframe_split\":{\"columns\":" + inOrder + ",\"data\":[" + good + "," + ints + "]}}");
        b.add("{\"dataframe_split\":{\"columns\":" + quotedColumns(reversed) + ",\"data\":[" + row(
                reversedValues.toArray()) + "]}}");
        b.add("{\"dataframe_split\":{\"data\":[" + good + "]}}");
        b.add("{\"dataframe_split\":{\"index\":[0,1],\"columns\":" + inOrder + ",\"data\":[" + good + "," + withNull
                + "]}}");
        b.add("{\"dataframe_split\":{\"columns\":" + inOrder + ",\"data\":[" + good + "," + bad + "," + bad + "]}}");
        b.add("{\"dataframe_split\":{\"columns\":" + inOrder + ",\"data\":[" + nested + "]}}");
        b.add("{\"dataframe_split\":{\"columns\":" + inOrder + ",\"data\":[" + shortRow + "]}}");
        b.add("{\"dataframe_split\":{\"columns\":" + inOrder + ",\"data\":[" + good + "]},\"params\":{}}");
        b.add("{\"params\":{},\"dataframe_split\":{\"columns\":" + inOrder + ",\"data\":[" + good + "]}}");
        b.add("{\"dataframe_split\":{\"data\":[" + good + "],\"columns\":" + inOrder + "}}");
        b.add("{\"dataframe_split\":{\"columns\":" + inOrder + ",\"data\":[" + good + "],\"data\":[]}}");
        b.add("{\"dataframe_split\":{\"columns\":" + inOrder + ",\"data\":[" + (good + ",").repeat(6) + good + "]}}");
        b.add("{\"dataframe_split\":{\"columns\":" + inOrder + ",\"data\":[" + good.replace("[", "[NaN,")
                .replaceFirst("\\[NaN,[^,]*,", "[NaN,") + "]}}");
        b.add("{\"dataframe_split\":{\"columns\":[\"nope\"],\"data\":[[1]]}}");
        b.add("{\"dataframe_split\":{\"columns\":" + inOrder + ",\"data\":[" + good + "]}}  ");
        b.add("{\"dataframe_split\":{\"columns\":" + inOrder + ",\"data\":[" + good + "]}} trailing");
        b.add("{\"dataframe_split\":{\"columns\":" + inOrder + ",\"data\":[" + good);
        b.add("{\"dataframe_split\":{\"columns\":" + inOrder + ",\"data\":[]}}");
        b.add("{\"dataframe_split\":{\"columns\":[1,2],\"data\":[" + good + "]}}");
        b.add("{\"dataframe_split\":[]}");
        b.add("{\"dataframe_split\":{\"columns\":" + inOrder + ",\"data\":[true, " + good + "]}}");
        b.add("{\"dataframe_records\":[{\"" + columns.get(0) + "\":1}]}");
        b.add("[" + good + "]");
        b.add("");
        b.add("not json");
        return b;
    }

    private static List<Object> goodValues() {
        List<Object> values = new ArrayList<>();
        for (String c : columns) {
            boolean categorical = scorer.manifest().featurizer().input(c).isCategorical();
            values.add(categorical ? (c.equals("island") ? "Dream" : "MALE") : 42.5);
        }
        return values;
    }

    @Test
    void streamedJsonGivesTheSameRowsAndErrorsAsTheTree() {
        java.util.Set<Integer> statuses = new java.util.TreeSet<>();
        int scored = 0;
        for (String body : bodies()) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            Outcome streamed = Outcome.of(() -> parser.mlflowJson(bytes));
            Outcome tree = Outcome.of(() -> parser.mlflowJson(parser.readJson(bytes)));
            assertThat(streamed).as(body).isEqualTo(tree);
            statuses.add(tree.status());
            scored += tree.rows() == null ? 0 : tree.rows().size();
        }
        assertThat(statuses).containsExactly(200, 400, 413);
        assertThat(scored).isGreaterThan(8);
    }

    @Test
    void plainDataframeSplitIsStreamedAndStaysPositionalInInputOrder() {
        DataframeSplitReader reader = new DataframeSplitReader(
                com.fasterxml.jackson.databind.json.JsonMapper.builder().build().getFactory(), 5,
                scorer::isInputOrder);
        String good = row(goodValues().toArray());
        List<RawRow> rows = reader.read(("{\"dataframe_split\":{\"columns\":" + quotedColumns(columns)
                + ",\"data\":[" + good + "]}}").getBytes(StandardCharsets.UTF_8));
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.positional()).isEqualTo(goodValues()));
        assertThat(reader.read("{\"dataframe_split\":{\"columns\":[\"x\"],\"data\":[[[1]]]}}"
                .getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void csvWithAHeaderInInputOrderGivesWhatAShuffledHeaderGives() {
        List<String> shuffled = new ArrayList<>(columns);
        java.util.Collections.rotate(shuffled, 2);
        Map<String, Object> byName = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byName.put(columns.get(i), goodValues().get(i));
        }
        String inOrder = String.join(",", columns) + "\r\n" + line(columns, byName) + "\r\n" + line(columns, byName)
                .replaceFirst("^[^,]*", "abc") + "\n";
        String rotated = String.join(",", shuffled) + "\n" + line(shuffled, byName) + "\n" + line(shuffled, byName)
                .replace(String.valueOf(byName.get(columns.get(0))), "abc") + "\n";
        assertThat(Outcome.of(() -> parser.csv(bytes(inOrder)))).isEqualTo(Outcome.of(() -> parser.csv(bytes(rotated))));
        String good = line(columns, byName);
        assertThat(Outcome.of(() -> parser.csv(bytes(good + "\n" + good)))).isEqualTo(Outcome.of(() -> parser.csv(
                bytes(String.join(",", shuffled) + "\r\n" + line(shuffled, byName) + "\n" + line(shuffled, byName)
                        + "\n"))));
        assertThat(Outcome.of(() -> parser.csv(bytes(String.join(",", columns) + "\n1,2\n"))).message())
                .isEqualTo("Line 2 has 2 values but the header has " + columns.size() + ".");
        assertThat(Outcome.of(() -> parser.csv(bytes("\uFEFF\n\n"))).rows()).isNull();
        assertThat(Outcome.of(() -> parser.csv(bytes(""))).message()).isEqualTo("The request holds no rows.");
    }

    private static String line(List<String> order, Map<String, Object> byName) {
        return String.join(",", order.stream().map(c -> String.valueOf(byName.get(c))).toList());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void streamedPredictionsJsonIsByteForByteTheMapSerialization() throws Exception {
        PredictionWriter writer = new PredictionWriter(scorer.manifest());
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("Adelie", 0.25);
        scores.put("Gentoo", Double.NaN);
        scores.put("Chinstrap", 1e-300);
        List<Prediction> predictions = List.of(
                Prediction.ofLabel("Adelie", scores, true, List.of("a \"note\"", "é")),
                Prediction.ofLabel("Gentoo", scores, false, List.of()),
                Prediction.ofLabel(null, Map.of(), false, null),
                Prediction.ofValue(-0.0, List.of()),
                Prediction.ofValue(123456.789e10, List.of("n")),
                Prediction.ofCluster(3, List.of()),
                Prediction.ofAnomaly(true, 0.5, List.of()),
                new Prediction(ModelTask.ANOMALY, null, null, null, null, null, null, false, null));
        List<Map<String, Object>> maps = new ArrayList<>();
        predictions.forEach(p -> maps.add(writer.toJson(p)));
        assertThat(new String(Responses.predictionsJson(predictions, writer), StandardCharsets.UTF_8))
                .isEqualTo(new String(Responses.toJson(Map.of("predictions", maps)), StandardCharsets.UTF_8));
        assertThat(Responses.predictionsJson(List.of(), writer)).isEqualTo(Responses.toJson(Map.of("predictions",
                List.of())));
    }
}
