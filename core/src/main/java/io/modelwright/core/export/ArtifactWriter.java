package io.modelwright.core.export;

import io.modelwright.runtime.artifact.AlgorithmDescription;
import io.modelwright.runtime.artifact.ArtifactJson;
import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.artifact.BuildVersions;
import io.modelwright.runtime.artifact.InputDescription;
import io.modelwright.runtime.artifact.ModelDirectoryWriter;
import io.modelwright.runtime.artifact.OnnxDescription;
import io.modelwright.runtime.artifact.OutputDescription;
import io.modelwright.runtime.serve.OpenApiDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Writes every file of the artifact layout except {@code verification.json} and {@code SHA256SUMS}. */
final class ArtifactWriter {
    private ArtifactWriter() {
    }

    /** @return the manifest as written */
    static ArtifactManifest write(ExportRequest request, Path scorerJar, Path dir) throws IOException {
        Path model = Files.createDirectories(dir.resolve("model"));
        ModelDirectoryWriter.writeModel(model, request.model());
        OnnxDescription onnx = OnnxExporter.canExport(request.model())
                ? OnnxExporter.export(request.model(), request.task(), request.target(), model) : null;
        ModelDirectoryWriter.writeInputExample(model, request.featurizer(), request.exampleRows());
        ArtifactManifest manifest = new ArtifactManifest(ArtifactManifest.CURRENT_FORMAT_VERSION,
                request.modelName(), request.modelVersion(), request.task(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                request.featurizer().inputs().stream().map(InputDescription::of).toList(),
                OutputDescription.of(request.task(), request.model(), request.target()), request.featurizer(),
                request.metrics(), request.metricsStd(), request.trainingData(), BuildVersions.current(),
                new AlgorithmDescription(request.algorithmId(), request.hyperparameters(), request.seed()), onnx,
                null);
        Files.write(model.resolve("openapi.json"), ArtifactJson.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(OpenApiDocument.build(manifest)));
        ModelCardWriter.writeJson(request, manifest, model.resolve("modelcard.json"));
        // Last in model/: the manifest records the SHA-256 of every other file there.
        manifest = ModelDirectoryWriter.writeManifest(model, manifest);

        Path scorer = Files.createDirectories(dir.resolve("scorer"));
        Files.copy(scorerJar, scorer.resolve(ScorerJarLocator.JAR_NAME), StandardCopyOption.REPLACE_EXISTING);
        DeploymentFilesWriter.writeScripts(scorer);
        DeploymentFilesWriter.writeDocker(Files.createDirectories(dir.resolve("docker")), manifest,
                request.model().getClass().getName().contains("xgboost"));
        DeploymentFilesWriter.writeDeploy(Files.createDirectories(dir.resolve("deploy")), manifest);
        DeploymentFilesWriter.writeExamples(Files.createDirectories(dir.resolve("examples")), manifest,
                request.exampleRows(), 8080);
        ModelCardWriter.writeReadme(request, manifest, dir.resolve("README.md"));
        return manifest;
    }
}
