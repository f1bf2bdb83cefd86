package io.modelwright.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.runtime.TestModels;
import io.modelwright.runtime.artifact.ArtifactJson;
import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.artifact.FileHashes;
import io.modelwright.runtime.artifact.ManifestReader;
import io.modelwright.runtime.artifact.TrainingDataFingerprint;
import io.modelwright.runtime.score.Prediction;
import io.modelwright.runtime.score.Scorer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exports real models and checks the layout and the self-verification. Runs in the integration-test phase: it
 * needs the shaded scorer jar from runtime's package phase.
 */
@Tag("integration")
class ArtifactExporterIT {
    private static final List<String> LAYOUT_WITHOUT_ONNX = List.of(
            "README.md", "SHA256SUMS",
            "deploy/kserve-inferenceservice.yaml", "deploy/sagemaker.md",
            "docker/Dockerfile",
            "examples/batch.csv", "examples/curl.sh", "examples/request.json",
            "model/input_example.json", "model/manifest.json", "model/model.tribuo", "model/modelcard.json",
            "model/openapi.json",
            "scorer/modelwright-scorer.jar", "scorer/run.cmd", "scorer/run.sh",
            "verification.json");

    @TempDir
    Path tmp;

    static ExportRequest request(TestModels.Trained t, String name, int heldOutRows) {
        List<Map<String, Object>> rows = t.rawRows(heldOutRows);
        List<Prediction> app = TestModels.appPredictions(t, rows);
        List<ExportRequest.HeldOutRow> heldOut = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            heldOut.add(new ExportRequest.HeldOutRow(rows.get(i), app.get(i)));
        }
        String sha;
        try {
            sha = FileHashes.sha256(TestModels.sampleData(t.csv() == null ? "iris.csv" : fileOf(name)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ExportRequest(name, "1", t.task(), t.target(), t.model(), t.spec(), t.algorithm(),
                Map.of("trees", "20"), 42L, Map.of("accuracy", 0.9), Map.of("accuracy", 0.01),
                new TrainingDataFingerprint(t.csv().rows().size(), sha), rows.subList(0, 3), heldOut,
                "Teaching example.", "Trained on a small public data set.", null);
    }

    private static String fileOf(String name) {
        return name.startsWith("iris") ? "iris.csv" : name.startsWith("cars") ? "cars.csv" : "breast_cancer.csv";
    }

    private ExportResult export(ExportRequest request) {
        return new ArtifactExporter().export(request, tmp.resolve("artifact"), ProgressListener.NONE,
                CancellationToken.create());
    }

    @Test
    void exportsIrisLogisticRegressionWithOnnxCheckedByOnnxruntime() throws Exception {
        TestModels.Trained iris = TestModels.iris();
        ExportResult result = export(request(iris, "iris", 150));

        List<String> expected = new ArrayList<>(LAYOUT_WITHOUT_ONNX);
        expected.add("model/model.onnx");
        assertThat(result.files()).containsExactlyInAnyOrderElementsOf(expected);
        VerificationReport v = result.verification();
        assertThat(v.passed()).isTrue();
        assertThat(v.rowsCompared()).isEqualTo(150);
        assertThat(v.labelMismatches()).isZero();
        assertThat(v.maxScoreDifference()).isLessThanOrEqualTo(1e-9);
        assertThat(v.onnx()).isEqualTo("passed");
        assertThat(v.onnxRowsCompared()).isEqualTo(150);

        Path dir = result.artifactDir();
        ArtifactManifest m = ManifestReader.read(dir.resolve("model/manifest.json"));
        assertThat(m.onnx().featureOrder()).containsExactly("petal_length", "petal_width", "sepal_length",
                "sepal_width");
        assertThat(m.onnx().outputOrder()).isEqualTo(m.outputs().labels());
        assertThat(m.files()).containsKeys("model.tribuo", "model.onnx", "input_example.json", "openapi.json",
                "modelcard.json");
        assertThat(Files.readString(dir.resolve("model/manifest.json"))).doesNotContain(tmp.toString());
        assertThat(Files.readString(dir.resolve("docker/Dockerfile"))).contains("EXPOSE 8080", "USER 10001",
                "com.amazonaws.sagemaker.capabilities.accept-bind-to-port=true", "\"--bind\", \"0.0.0.0\"",
                "CMD [\"serve\"]").doesNotContain("libgomp1");
        assertThat(Files.readString(dir.resolve("README.md"))).contains("species", "curl");
        JsonNode verification = ArtifactJson.mapper().readTree(dir.resolve("verification.json").toFile());
        assertThat(verification.get("passed").asBoolean()).isTrue();
        assertThat(Files.isExecutable(dir.resolve("scorer/run.sh"))).isTrue();
        for (String line : Files.readAllLines(dir.resolve("SHA256SUMS"))) {
            String[] parts = line.split("  ", 2);
            assertThat(FileHashes.sha256(dir.resolve(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
        assertThat(Files.readAllLines(dir.resolve("SHA256SUMS"))).hasSize(expected.size() - 1);
        // The embedding API reads the exported model directory.
        assertThat(Scorer.load(dir.resolve("model")).predict(iris.rawRows(1).get(0)).label()).isEqualTo("setosa");
        assertThat(Files.exists(tmp.resolve("artifact.partial"))).isFalse();
    }

    @Test
    void exportsCarsXGBoostRegression() {
        TestModels.Trained cars = TestModels.regressor("cars.csv", "Miles_per_Gallon", List.of("Name", "Year"),
                List.of("Origin"), new XGBoostRegressionTrainer(20), "xgboost");
        ExportResult result = export(request(cars, "cars-mpg", 1000));
        assertThat(result.files()).containsExactlyInAnyOrderElementsOf(LAYOUT_WITHOUT_ONNX);
        VerificationReport v = result.verification();
        assertThat(v.passed()).isTrue();
        assertThat(v.rowsCompared()).isEqualTo(cars.csv().rows().size());
        assertThat(v.maxValueDifference()).isLessThanOrEqualTo(1e-9);
        assertThat(v.onnx()).isEqualTo("not exported");
        assertThat(result.artifactDir().resolve("docker/Dockerfile")).content().contains("libgomp1");
    }

    @Test
    void exportsBreastCancerXGBoostClassifier() {
        TestModels.Trained bc = TestModels.classifier("breast_cancer.csv", "diagnosis", List.of(), List.of(),
                new XGBoostClassificationTrainer(20), "xgboost", false);
        ExportResult result = export(request(bc, "breast-cancer", 1000));
        assertThat(result.files()).containsExactlyInAnyOrderElementsOf(LAYOUT_WITHOUT_ONNX);
        assertThat(result.verification().passed()).isTrue();
        assertThat(result.verification().labelMismatches()).isZero();
        assertThat(result.verification().maxScoreDifference()).isLessThanOrEqualTo(1e-9);
    }

    @Test
    void failsWhenTheArtifactDoesNotReproduceTheApp() {
        TestModels.Trained iris = TestModels.iris();
        ExportRequest honest = request(iris, "iris", 20);
        List<ExportRequest.HeldOutRow> lying = new ArrayList<>(honest.heldOut());
        Prediction p = lying.get(5).expected();
        lying.set(5, new ExportRequest.HeldOutRow(lying.get(5).row(),
                Prediction.ofLabel("virginica", p.scores(), p.probabilities(), List.of())));
        ExportRequest request = new ExportRequest(honest.modelName(), honest.modelVersion(), honest.task(),
                honest.target(), honest.model(), honest.featurizer(), honest.algorithmId(), honest.hyperparameters(),
                honest.seed(), honest.metrics(), honest.metricsStd(), honest.trainingData(), honest.exampleRows(),
                lying, honest.intendedUse(), honest.limitations(), null);
        assertThatThrownBy(() -> export(request)).isInstanceOf(ExportException.class)
                .hasMessageContaining("Held-out row 6").hasMessageContaining("'virginica'");
        assertThat(tmp.resolve("artifact")).doesNotExist();
        assertThat(tmp.resolve("artifact.partial")).doesNotExist();
    }
}
