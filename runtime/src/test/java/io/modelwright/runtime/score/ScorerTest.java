package io.modelwright.runtime.score;

import io.modelwright.runtime.TestModels;
import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.artifact.ManifestReader;
import io.modelwright.runtime.artifact.ManifestWriter;
import io.modelwright.runtime.featurize.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorerTest {
    @TempDir
    static Path tmp;
    static TestModels.Trained iris;
    static Path irisDir;

    @BeforeAll
    static void train() throws IOException {
        iris = TestModels.iris();
        irisDir = tmp.resolve("iris");
        TestModels.writeModelDir(iris, "iris", irisDir);
    }

    @Test
    void predictsIrisWithProbabilitiesInOutputIdOrder() throws IOException {
        Scorer scorer = Scorer.load(irisDir);
        Prediction p = scorer.predict(iris.rawRows(1).get(0));
        assertThat(p.label()).isEqualTo("setosa");
        assertThat(p.probabilities()).isTrue();
        assertThat(new ArrayList<>(p.scores().keySet())).isEqualTo(scorer.manifest().outputs().labels());
        assertThat(p.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void batchEqualsRowByRow() throws IOException {
        Scorer scorer = Scorer.load(irisDir);
        List<Map<String, Object>> rows = iris.rawRows(150);
        List<Prediction> batch = scorer.predictBatch(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(batch.get(i)).isEqualTo(scorer.predict(rows.get(i)));
        }
    }

    @Test
    void rejectsUnknownAndMissingColumnsAndNaN() throws IOException {
        Scorer scorer = Scorer.load(irisDir);
        Map<String, Object> row = new HashMap<>(iris.rawRows(1).get(0));
        row.put("colour", "red");
        assertThatThrownBy(() -> scorer.predict(row)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Unknown column 'colour'");
        row.remove("colour");
        row.remove("petal_width");
        assertThatThrownBy(() -> scorer.predict(row)).hasMessageContaining("Missing column 'petal_width'");
        row.put("petal_width", Double.NaN);
        assertThatThrownBy(() -> scorer.predict(row)).hasMessageContaining("petal_width").hasMessageContaining("NaN");
        row.put("petal_width", "wide");
        assertThatThrownBy(() -> scorer.predict(row)).hasMessageContaining("'wide' is not a number");
    }

    @Test
    void refusesATamperedModelFile() throws IOException {
        Path dir = tmp.resolve("tampered");
        TestModels.writeModelDir(iris, "iris", dir);
        byte[] bytes = Files.readAllBytes(dir.resolve("model.tribuo"));
        bytes[bytes.length / 2] ^= 1;
        Files.write(dir.resolve("model.tribuo"), bytes);
        assertThatThrownBy(() -> Scorer.load(dir)).isInstanceOf(ModelIntegrityException.class)
                .hasMessageContaining("model.tribuo was changed after export");
    }

    @Test
    void refusesAnUnknownManifestVersion() throws IOException {
        String json = Files.readString(irisDir.resolve("manifest.json")).replace("\"formatVersion\" : 1",
                "\"formatVersion\" : 99");
        assertThatThrownBy(() -> ManifestReader.parse(json)).hasMessageContaining("format version 99")
                .hasMessageContaining("reads version 1");
    }

    @Test
    void manifestRoundTripsIncludingTheFeaturizerSpec() throws IOException {
        ArtifactManifest m = ManifestReader.read(irisDir.resolve("manifest.json"));
        assertThat(ManifestReader.parse(ManifestWriter.toJson(m))).isEqualTo(m);
        assertThat(m.featurizer()).isEqualTo(iris.spec());
        assertThat(m.files()).containsKeys("model.tribuo", "input_example.json");
    }

    @Test
    void loadsALibLinearModelUnderTheSerialFilterAndTheFilterRejectsOtherClasses() throws Exception {
        TestModels.Trained lib = TestModels.iris(new LibLinearClassificationTrainer(), "liblinear");
        Path dir = tmp.resolve("liblinear");
        TestModels.writeModelDir(lib, "iris-liblinear", dir);
        Scorer scorer = Scorer.load(dir);
        assertThat(java.io.ObjectInputFilter.Config.getSerialFilter()).isNotNull();
        assertThat(scorer.predict(lib.rawRows(1).get(0)).label()).isEqualTo("setosa");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.HashMap<>(Map.of("a", 1)));
        }
        try (ObjectInputStream in = new ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertThatThrownBy(in::readObject).isInstanceOf(InvalidClassException.class)
                    .hasMessageContaining("REJECTED");
        }
    }

    @Test
    void predictsRegressionValues() throws IOException {
        TestModels.Trained reg = TestModels.diabetesRegression();
        Path dir = tmp.resolve("diabetes");
        TestModels.writeModelDir(reg, "diabetes", dir);
        Prediction p = Scorer.load(dir).predict(reg.rawRows(1).get(0));
        assertThat(p.value()).isNotNull().isPositive();
        assertThat(p.label()).isNull();
    }
}
