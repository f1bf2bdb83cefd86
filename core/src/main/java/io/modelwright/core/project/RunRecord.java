package io.modelwright.core.project;

import io.modelwright.runtime.featurize.FeaturizerSpec;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything a project keeps about one training run. Build one with {@link #builder()}; JSON parts are kept
 * verbatim (except provenance, whose absolute paths are stripped when the run is added).
 *
 * @param runId               short unique id given by the project; null before {@link Project#addRun}
 * @param created             when the run was made (kept to the millisecond)
 * @param task                e.g. classification, regression, clustering, anomaly
 * @param algorithm           the trainer's name, e.g. logistic-regression
 * @param hyperparameters     hyperparameter values as text, by name
 * @param seed                random seed of training and splitting
 * @param validation          validation scheme, e.g. {@code cv:5} or {@code holdout:0.2}
 * @param featurizerSpec      how rows became features
 * @param metrics             metrics with standard deviation and per-fold values, by name
 * @param curvesJson          ROC/PR/calibration curves and the like (JSON)
 * @param importancesJson     feature importances (JSON)
 * @param model               the Tribuo model as protobuf bytes
 * @param provenanceJson      Tribuo provenance (JSON) without absolute paths
 * @param timingsMs           durations in milliseconds by phase, e.g. train, validate, total
 * @param versions            app, Tribuo and Java versions
 * @param note                the user's free-text note; empty when none
 * @param heldOutJson         held-out row indices and their predictions, for reproduce comparison (JSON)
 */
public record RunRecord(String runId, Instant created, String task, String algorithm,
                        Map<String, String> hyperparameters, long seed, String validation,
                        FeaturizerSpec featurizerSpec, Map<String, MetricValue> metrics, String curvesJson,
                        String importancesJson, byte[] model, String provenanceJson, Map<String, Long> timingsMs,
                        Versions versions, String note, String heldOutJson) {

    public RunRecord {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(featurizerSpec, "featurizerSpec");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(versions, "versions");
        created = created.truncatedTo(ChronoUnit.MILLIS);
        hyperparameters = sorted(hyperparameters);
        metrics = sorted(metrics);
        timingsMs = sorted(timingsMs);
        curvesJson = orEmptyObject(curvesJson);
        importancesJson = orEmptyObject(importancesJson);
        provenanceJson = orEmptyObject(provenanceJson);
        heldOutJson = orEmptyObject(heldOutJson);
        note = note == null ? "" : note;
    }

    /** @return a builder with no run id, created now, current versions and empty optional parts */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return this run with another id */
    public RunRecord withRunId(String id) {
        return toBuilder().runId(id).build();
    }

    /** @return a copy of the model bytes (the record itself is never changed) */
    @Override
    public byte[] model() {
        return model.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunRecord r && seed == r.seed && Objects.equals(runId, r.runId)
                && created.equals(r.created) && task.equals(r.task) && algorithm.equals(r.algorithm)
                && hyperparameters.equals(r.hyperparameters) && validation.equals(r.validation)
                && featurizerSpec.equals(r.featurizerSpec) && metrics.equals(r.metrics)
                && curvesJson.equals(r.curvesJson) && importancesJson.equals(r.importancesJson)
                && Arrays.equals(model, r.model) && provenanceJson.equals(r.provenanceJson)
                && timingsMs.equals(r.timingsMs) && versions.equals(r.versions) && note.equals(r.note)
                && heldOutJson.equals(r.heldOutJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runId, created, algorithm, seed, Arrays.hashCode(model));
    }

    @Override
    public String toString() {
        return "RunRecord[" + runId + ", " + created + ", " + task + ", " + algorithm + ", " + validation
                + ", seed " + seed + ", metrics " + metrics + ", model " + model.length + " bytes]";
    }

    byte[] modelBytes() {
        return model;
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }

    private static String orEmptyObject(String json) {
        return json == null || json.isBlank() ? "{}" : json;
    }

    /** Fills a {@link RunRecord} part by part; task, algorithm, validation, featurizer spec and model are required. */
    public static final class Builder {
        private String runId;
        private Instant created = Instant.now();
        private String task;
        private String algorithm;
        private Map<String, String> hyperparameters = Map.of();
        private long seed;
        private String validation;
        private FeaturizerSpec featurizerSpec;
        private Map<String, MetricValue> metrics = Map.of();
        private String curvesJson;
        private String importancesJson;
        private byte[] model;
        private String provenanceJson;
        private Map<String, Long> timingsMs = Map.of();
        private Versions versions = Versions.current();
        private String note = "";
        private String heldOutJson;

        private Builder() {
        }

        private Builder(RunRecord r) {
            runId = r.runId;
            created = r.created;
            task = r.task;
            algorithm = r.algorithm;
            hyperparameters = r.hyperparameters;
            seed = r.seed;
            validation = r.validation;
            featurizerSpec = r.featurizerSpec;
            metrics = r.metrics;
            curvesJson = r.curvesJson;
            importancesJson = r.importancesJson;
            model = r.model;
            provenanceJson = r.provenanceJson;
            timingsMs = r.timingsMs;
            versions = r.versions;
            note = r.note;
            heldOutJson = r.heldOutJson;
        }

        public Builder runId(String runId) {
            this.runId = runId;
            return this;
        }

        public Builder created(Instant created) {
            this.created = created;
            return this;
        }

        public Builder task(String task) {
            this.task = task;
            return this;
        }

        public Builder algorithm(String algorithm) {
            this.algorithm = algorithm;
            return this;
        }

        public Builder hyperparameters(Map<String, String> hyperparameters) {
            this.hyperparameters = hyperparameters;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder validation(String validation) {
            this.validation = validation;
            return this;
        }

        public Builder featurizerSpec(FeaturizerSpec featurizerSpec) {
            this.featurizerSpec = featurizerSpec;
            return this;
        }

        public Builder metrics(Map<String, MetricValue> metrics) {
            this.metrics = metrics;
            return this;
        }

        public Builder curvesJson(String curvesJson) {
            this.curvesJson = curvesJson;
            return this;
        }

        public Builder importancesJson(String importancesJson) {
            this.importancesJson = importancesJson;
            return this;
        }

        /** The model bytes are used as given, not copied: do not change them afterwards. */
        public Builder model(byte[] model) {
            this.model = model;
            return this;
        }

        public Builder provenanceJson(String provenanceJson) {
            this.provenanceJson = provenanceJson;
            return this;
        }

        public Builder timingsMs(Map<String, Long> timingsMs) {
            this.timingsMs = timingsMs;
            return this;
        }

        public Builder versions(Versions versions) {
            this.versions = versions;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public Builder heldOutJson(String heldOutJson) {
            this.heldOutJson = heldOutJson;
            return this;
        }

        /** @throws NullPointerException naming the first required part that is missing */
        public RunRecord build() {
            return new RunRecord(runId, created, task, algorithm, hyperparameters, seed, validation, featurizerSpec,
                    metrics, curvesJson, importancesJson, model, provenanceJson, timingsMs, versions, note,
                    heldOutJson);
        }
    }
}
