package io.modelwright.runtime.score;

import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.artifact.FileHashes;
import io.modelwright.runtime.artifact.InputDescription;
import io.modelwright.runtime.artifact.ManifestReader;
import io.modelwright.runtime.artifact.ModelTask;
import io.modelwright.runtime.featurize.FeatureVector;
import io.modelwright.runtime.featurize.InvalidInputException;
import io.modelwright.runtime.featurize.RawValueParser;
import io.modelwright.runtime.featurize.SortedExample;
import io.modelwright.runtime.featurize.SortedFeaturizer;
import io.modelwright.runtime.serve.CsvLines;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores rows with an exported model: the embedding API of the artifact, and what the HTTP server and the batch
 * command use.
 * <pre>{@code
 * Scorer scorer = Scorer.load(Path.of("artifact/model"));
 * Prediction p = scorer.predict(Map.of("sepal_length", 5.1, ...));
 * }</pre>
 * Thread-safe: Tribuo's {@code Model.predict} is.
 */
public final class Scorer {
    private final ArtifactManifest manifest;
    private final Model<?> model;
    private final SortedFeaturizer featurizer;
    private final RawValueParser parser;
    private final OutputReader outputs;
    private final List<String> inputNames;
    private final Set<String> knownColumns;
    /** True when every required manifest input is a featurizer input, so a full row in input order is valid. */
    private final boolean requiredAreInputs;

    private Scorer(ArtifactManifest manifest, Model<?> model) {
        this.manifest = manifest;
        this.model = model;
        this.featurizer = new SortedFeaturizer(manifest.featurizer(), modelFeatureNames(model));
        this.parser = new RawValueParser(manifest.featurizer());
        this.outputs = new OutputReader(manifest.task(), manifest.outputs().labels(), model.generatesProbabilities());
        this.inputNames = manifest.featurizer().inputNames();
        this.knownColumns = new HashSet<>(inputNames);
        this.requiredAreInputs = manifest.inputs().stream()
                .allMatch(in -> !in.required() || knownColumns.contains(in.name()));
    }

    private static List<String> modelFeatureNames(Model<?> model) {
        List<String> names = new ArrayList<>(model.getFeatureIDMap().size());
        model.getFeatureIDMap().forEach(info -> names.add(info.getName()));
        return names;
    }

    /**
     * Loads a model directory ({@code manifest.json} + {@code model.tribuo}). Every file the manifest lists is
     * checked against its SHA-256 before anything is deserialized, and the strict serial filter
     * ({@link ModelSerialFilter}) is installed first.
     *
     * @param modelDir the artifact's {@code model/} directory
     * @throws ModelIntegrityException when a file is missing or was changed after export
     * @throws io.modelwright.runtime.artifact.ManifestFormatException for a manifest this scorer cannot read
     */
    public static Scorer load(Path modelDir) throws IOException {
        Path manifestFile = modelDir.resolve(ArtifactManifest.FILE_NAME);
        if (!Files.isRegularFile(manifestFile)) {
            throw new ModelIntegrityException("No " + ArtifactManifest.FILE_NAME + " in " + modelDir
                    + ". Point the scorer at the artifact's model/ directory.");
        }
        ArtifactManifest manifest = ManifestReader.read(manifestFile);
        verifyFiles(modelDir, manifest);
        ModelSerialFilter.install();
        Model<?> model = Model.deserializeFromFile(modelDir.resolve(ArtifactManifest.MODEL_FILE));
        checkOutputType(manifest.task(), model);
        return new Scorer(manifest, model);
    }

    private static void verifyFiles(Path modelDir, ArtifactManifest manifest) throws IOException {
        if (!manifest.files().containsKey(ArtifactManifest.MODEL_FILE)) {
            throw new ModelIntegrityException("The manifest records no SHA-256 for " + ArtifactManifest.MODEL_FILE
                    + "; refusing to load an unverified model.");
        }
        for (Map.Entry<String, String> e : manifest.files().entrySet()) {
            Path file = modelDir.resolve(e.getKey()).normalize();
            if (!file.startsWith(modelDir.normalize()) || !Files.isRegularFile(file)) {
                throw new ModelIntegrityException("The artifact file " + e.getKey() + " is missing.");
            }
            String actual = FileHashes.sha256(file);
            if (!actual.equalsIgnoreCase(e.getValue())) {
                throw new ModelIntegrityException("The artifact file " + e.getKey()
                        + " was changed after export (SHA-256 " + actual + ", manifest says " + e.getValue()
                        + "). Refusing to load it: re-export the model.");
            }
        }
    }

    private static void checkOutputType(ModelTask task, Model<?> model) {
        Class<?> expected = switch (task) {
            case CLASSIFICATION -> org.tribuo.classification.Label.class;
            case REGRESSION -> org.tribuo.regression.Regressor.class;
            case CLUSTERING -> org.tribuo.clustering.ClusterID.class;
            case ANOMALY -> org.tribuo.anomaly.Event.class;
        };
        @SuppressWarnings({"unchecked", "rawtypes"})
        boolean matches = model.validate((Class) expected);
        if (!matches) {
            throw new ModelIntegrityException("The manifest says " + task.id()
                    + " but the model predicts something else (" + model.getClass().getSimpleName() + ").");
        }
    }

    /** @return the artifact's manifest */
    public ArtifactManifest manifest() {
        return manifest;
    }

    /**
     * @param row column name to raw value (number, boolean, text or null); every input column must be present
     * @throws InvalidInputException naming the column and the value when the row cannot be scored
     */
    public Prediction predict(Map<String, ?> row) {
        return predictCanonical(java.util.Collections.singletonList(toCanonical(row))).get(0);
    }

    /**
     * Scores many rows in one call to Tribuo (much faster than row by row, above all for XGBoost).
     *
     * @throws InvalidInputException for the first bad row; the message starts with its 1-based number
     */
    public List<Prediction> predictBatch(List<? extends Map<String, ?>> rows) {
        List<Object[]> canonical = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            try {
                canonical.add(toCanonical(rows.get(i)));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.column(), "Row " + (i + 1) + ": " + e.getMessage());
            }
        }
        return predictCanonical(canonical);
    }

    /**
     * Checks and parses a named row: unknown and missing columns are errors.
     *
     * @return canonical values in input order
     */
    public Object[] toCanonical(Map<String, ?> row) {
        for (String column : row.keySet()) {
            if (!knownColumns.contains(column)) {
                throw new InvalidInputException(column, "Unknown column '" + column + "'. The model takes: "
                        + String.join(", ", inputNames) + ".");
            }
        }
        for (InputDescription in : manifest.inputs()) {
            if (in.required() && !row.containsKey(in.name())) {
                throw new InvalidInputException(in.name(), "Missing column '" + in.name()
                        + "'. Send every input column (an empty value counts as missing and is filled in).");
            }
        }
        return parser.parse(row);
    }

    /**
     * @param columns column names of named rows about to be scored
     * @return true when the columns are exactly the inputs in input order: such rows may go through
     *         {@link #toCanonicalPositional} (no map, no name lookups) with the same result and the same errors as
     *         {@link #toCanonical}
     */
    public boolean isInputOrder(List<String> columns) {
        return requiredAreInputs && columns.equals(inputNames);
    }

    /**
     * Parses a positional row (a headerless CSV line, or a JSON array) in manifest input order.
     *
     * @return canonical values in input order
     */
    public Object[] toCanonicalPositional(List<?> values) {
        return parser.parse(values);
    }

    /**
     * Parses a headerless CSV line in manifest input order: the same values and errors as
     * {@link #toCanonicalPositional} of its fields, quicker for the usual unquoted line.
     *
     * @param line one CSV line
     * @return canonical values in input order
     * @throws IllegalArgumentException for an unterminated quote
     */
    public Object[] toCanonicalCsvLine(String line) {
        Object[] canonical = parser.parseUnquotedLine(line);
        return canonical != null ? canonical : parser.parse(CsvLines.split(line, inputNames.size()));
    }

    /**
     * Scores rows already in canonical form (see {@link #toCanonical}).
     *
     * @throws InvalidInputException when a row shares no feature with the model
     */
    public List<Prediction> predictCanonical(List<Object[]> canonicalRows) {
        return predictFeatures(model, featurizer.featurize(canonicalRows), manifest.task(), outputs);
    }

    private static Output<?> unknownOutput(ModelTask task) {
        return switch (task) {
            case CLASSIFICATION -> org.tribuo.classification.LabelFactory.UNKNOWN_LABEL;
            case REGRESSION -> org.tribuo.regression.RegressionFactory.UNKNOWN_REGRESSOR;
            case CLUSTERING -> org.tribuo.clustering.ClusteringFactory.UNASSIGNED_CLUSTER_ID;
            case ANOMALY -> org.tribuo.anomaly.AnomalyFactory.UNKNOWN_EVENT;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T extends Output<T>> List<Prediction> predictFeatures(Model<?> untyped,
                                                                          List<FeatureVector> features,
                                                                          ModelTask task, OutputReader reader) {
        Model<T> typed = (Model) untyped;
        T unknown = (T) unknownOutput(task);
        List<Example<T>> examples = new ArrayList<>(features.size());
        for (FeatureVector f : features) {
            // Names already in Tribuo's order; the example owns the arrays now (the vector only keeps its notes).
            examples.add(new SortedExample<>(unknown, f.names(), f.values()));
        }
        List<org.tribuo.Prediction<T>> predicted;
        try {
            predicted = typed.predict(examples);
        } catch (IllegalArgumentException e) {
            // Tribuo refuses an example that shares no feature with the model (e.g. only unseen categories).
            throw new InvalidInputException(null, "A row has no value the model knows: " + e.getMessage());
        }
        List<Prediction> result = new ArrayList<>(predicted.size());
        for (int i = 0; i < predicted.size(); i++) {
            result.add(reader.read(predicted.get(i), features.get(i).notes()));
        }
        return result;
    }
}
