package io.modelwright.runtime.batch;

import io.modelwright.runtime.TestModels;
import io.modelwright.runtime.score.Scorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BatchScorerTest {
    @TempDir
    static Path tmp;
    static Scorer scorer;

    @BeforeAll
    static void load() throws Exception {
        Path dir = tmp.resolve("model");
        TestModels.writeModelDir(TestModels.iris(), "iris", dir);
        scorer = Scorer.load(dir);
    }

    @Test
    void marksBadRowsAndKeepsOneOutputLinePerInputLine() throws Exception {
        String in = """
                sepal_length,sepal_width,petal_length,petal_width
                5.1,3.5,1.4,0.2
                5.1,abc,1.4,0.2
                6.7,3.0,5.2
                6.7,3.0,5.2,2.3
                "5.9",3.0,4.2,Infinity
                """;
        StringWriter out = new StringWriter();
        BatchScorer.Result result = new BatchScorer(scorer).score(new BufferedReader(new StringReader(in)), out);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).isEqualTo("prediction,score_setosa,score_versicolor,score_virginica,error"
                .replace("score_setosa,score_versicolor,score_virginica", String.join(",",
                        scorer.manifest().outputs().labels().stream().map(l -> "score_" + l).toList())));
        assertThat(lines[1]).startsWith("setosa,").endsWith(",");
        assertThat(lines[2]).startsWith(",,,,").contains("sepal_width", "abc");
        assertThat(lines[3]).startsWith(",,,,").contains("Expected 4 values");
        assertThat(lines[4]).startsWith("virginica,");
        assertThat(lines[5]).contains("Infinity");
        assertThat(result.rows()).isEqualTo(5);
        assertThat(result.errors()).isEqualTo(3);
    }

    @Test
    void headerlessInputGivesHeaderlessOutputAcrossChunks() throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 9500; i++) {
            in.append(i % 2 == 0 ? "5.1,3.5,1.4,0.2\n" : "6.7,3.0,5.2,2.3\n");
        }
        StringWriter out = new StringWriter();
        BatchScorer.Result result = new BatchScorer(scorer).score(new BufferedReader(new StringReader(in.toString())),
                out);
        String[] lines = out.toString().split("\n");
        // Ten chunks scored on several threads must come back in input order, line for line.
        assertThat(lines).hasSize(9500);
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i]).as("line %d", i + 1).startsWith(i % 2 == 0 ? "setosa," : "virginica,");
        }
        assertThat(result.rows()).isEqualTo(9500);
        assertThat(result.errors()).isZero();
    }
}
