package io.modelwright.core.export;

import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.artifact.ModelDirectoryWriter;
import io.modelwright.runtime.serve.CsvLines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes the run scripts, the Dockerfile, the KServe and SageMaker notes and the examples. */
final class DeploymentFilesWriter {
    private DeploymentFilesWriter() {
    }

    static void writeScripts(Path scorerDir) throws IOException {
        Path sh = scorerDir.resolve("run.sh");
        Files.writeString(sh, """
                #!/bin/sh
                # Serves the model next to this script on http://127.0.0.1:8080 (PORT / --port to change).
                # Extra arguments are passed on, e.g. --bind 0.0.0.0 to listen on all interfaces.
                # JVM options: $JAVA_OPTS when set, else the serial collector. The scorer keeps little live data, and
                # on a few cores G1's heap growth and concurrent threads cost more memory and CPU than they save.
                # XGBoost's OpenMP threads sleep instead of spinning while they wait: on a shared machine spinning
                # threads take the cores from the ones doing the work.
                export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
                HERE="$(cd "$(dirname "$0")" && pwd)"
                exec java ${JAVA_OPTS:--XX:+UseSerialGC} -jar "$HERE/modelwright-scorer.jar" serve --model "$HERE/../model" "$@"
                """);
        makeExecutable(sh);
        Files.writeString(scorerDir.resolve("run.cmd"), """
                @echo off\r
                rem Serves the model next to this script on http://127.0.0.1:8080.\r
                setlocal\r
                if not defined JAVA_OPTS set "JAVA_OPTS=-XX:+UseSerialGC"\r
                if not defined OMP_WAIT_POLICY set "OMP_WAIT_POLICY=PASSIVE"\r
                java %JAVA_OPTS% -jar "%~dp0modelwright-scorer.jar" serve --model "%~dp0..\\model" %*\r
                """);
    }

    /**
     * @param needsOpenMp the model runs XGBoost, whose native library links libgomp (absent from slim JRE images)
     */
    static void writeDocker(Path dockerDir, ArtifactManifest m, boolean needsOpenMp) throws IOException {
        String openMp = needsOpenMp ? """
                # XGBoost's native library needs OpenMP.
                RUN apt-get update && apt-get install -y --no-install-recommends libgomp1 && rm -rf /var/lib/apt/lists/*
                """ : "";
        Files.writeString(dockerDir.resolve("Dockerfile"), """
                # Build from the artifact directory:  docker build -f docker/Dockerfile -t %1$s:%2$s .
                FROM eclipse-temurin:17-jre
                %3$sRUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin scorer
                COPY scorer/modelwright-scorer.jar /opt/modelwright/modelwright-scorer.jar
                COPY model/ /opt/ml/model/
                ENV MODEL_DIR=/opt/ml/model OMP_WAIT_POLICY=PASSIVE
                USER 10001
                EXPOSE 8080
                LABEL com.amazonaws.sagemaker.capabilities.accept-bind-to-port=true
                LABEL org.opencontainers.image.title="%1$s" org.opencontainers.image.version="%2$s"
                # Kubernetes ignores HEALTHCHECK (use the probes in deploy/); Docker uses it. No shell needed.
                HEALTHCHECK --interval=30s --timeout=3s CMD ["java", "-jar", "/opt/modelwright/modelwright-scorer.jar", "healthcheck"]
                # SageMaker runs the image with the argument "serve"; options before it always apply. The serial
                # collector: little live data, and it keeps memory flat where G1 grows its heap (see scorer/run.sh).
                ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseSerialGC", "-jar", "/opt/modelwright/modelwright-scorer.jar", "--bind", "0.0.0.0"]
                CMD ["serve"]
                """.formatted(m.name(), m.version(), openMp));
    }

    static void writeDeploy(Path deployDir, ArtifactManifest m) throws IOException {
        String k8sName = m.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        Files.writeString(deployDir.resolve("kserve-inferenceservice.yaml"), """
                # KServe custom-container InferenceService. Build and push docker/Dockerfile first, then:
                #   kubectl apply -f deploy/kserve-inferenceservice.yaml
                apiVersion: serving.kserve.io/v1beta1
                kind: InferenceService
                metadata:
                  name: %1$s
                spec:
                  predictor:
                    containers:
                      - name: kserve-container
                        image: REGISTRY/%1$s:%2$s   # replace REGISTRY
                        args: ["serve"]
                        env:
                          - name: PORT
                            value: "8080"
                        ports:
                          - containerPort: 8080
                            protocol: TCP
                        readinessProbe:
                          httpGet: {path: /v2/health/ready, port: 8080}
                        livenessProbe:
                          httpGet: {path: /v2/health/live, port: 8080}
                        resources:
                          requests: {cpu: "500m", memory: "512Mi"}
                          limits: {memory: "1Gi"}
                # Requests:  POST /v2/models/%3$s/infer   or   POST /v1/models/%3$s:predict
                """.formatted(k8sName, m.version(), m.name()));
        Files.writeString(deployDir.resolve("sagemaker.md"), """
                # Deploying %1$s on Amazon SageMaker

                The image follows SageMaker's bring-your-own-container contract: it runs `serve`, listens on
                `SAGEMAKER_BIND_TO_PORT` (else 8080), answers `GET /ping` and `POST /invocations` (`text/csv` or
                `application/json`), and reads the model from `/opt/ml/model`.

                1. Build and push the image (from the artifact directory):
                   `docker build -f docker/Dockerfile -t ACCOUNT.dkr.ecr.REGION.amazonaws.com/%1$s:%2$s .` then `docker push ...`
                2. Optionally ship the model separately: `tar -czf model.tar.gz -C model .`, upload to S3, and pass it as
                   `ModelDataUrl`; SageMaker unpacks it into `/opt/ml/model`.
                3. `aws sagemaker create-model`, `create-endpoint-config`, `create-endpoint` with that image.
                4. Invoke: `aws sagemaker-runtime invoke-endpoint --endpoint-name %1$s --content-type text/csv --body fileb://examples/batch.csv out.csv`

                Batch transform: `ContentType=text/csv`, `SplitType=Line`, `BatchStrategy=MultiRecord`; each output
                line answers the input line at the same position. A first line equal to the input names is a header.
                Requests larger than `SAGEMAKER_MAX_PAYLOAD_IN_MB` (default 6) are refused with 413.
                """.formatted(m.name(), m.version()));
    }

    static void writeExamples(Path examplesDir, ArtifactManifest m, List<Map<String, Object>> rows, int port)
            throws IOException {
        Files.writeString(examplesDir.resolve("request.json"),
                ModelDirectoryWriter.inputExampleJson(m.featurizer(), rows));
        StringBuilder csv = new StringBuilder(String.join(",", m.inputNames().stream().map(CsvLines::quote).toList()))
                .append('\n');
        for (Map<String, Object> row : rows) {
            List<String> values = new ArrayList<>();
            m.inputNames().forEach(c -> values.add(CsvLines.quote(row.get(c) == null ? "" : row.get(c).toString())));
            csv.append(String.join(",", values)).append('\n');
        }
        Files.writeString(examplesDir.resolve("batch.csv"), csv);
        Path curl = examplesDir.resolve("curl.sh");
        Files.writeString(curl, """
                #!/bin/sh
                # Example requests against a running scorer (scorer/run.sh). Add -H "Authorization: Bearer $SCORER_API_KEY" if set.
                HERE="$(cd "$(dirname "$0")" && pwd)"
                URL="${URL:-http://127.0.0.1:%1$d}"
                curl -fsS "$URL/ping" && echo "ping: ok"
                curl -fsS -H 'Content-Type: application/json' --data @"$HERE/request.json" "$URL/invocations"; echo
                curl -fsS -H 'Content-Type: text/csv' -H 'Accept: text/csv' --data-binary @"$HERE/batch.csv" "$URL/invocations"
                curl -fsS "$URL/v2/models/%2$s"; echo
                """.formatted(port, m.name()));
        makeExecutable(curl);
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Windows: no POSIX permissions; run.cmd is what runs there.
        }
    }
}
