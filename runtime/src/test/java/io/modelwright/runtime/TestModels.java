package io.modelwright.runtime;

import io.modelwright.runtime.artifact.AlgorithmDescription;
import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.artifact.BuildVersions;
import io.modelwright.runtime.artifact.InputDescription;
import io.modelwright.runtime.artifact.ModelDirectoryWriter;
import io.modelwright.runtime.artifact.ModelTask;
import io.modelwright.runtime.artifact.OutputDescription;
import io.modelwright.runtime.artifact.TrainingDataFingerprint;
import io.modelwright.runtime.featurize.Featurizer;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import io.modelwright.runtime.featurize.Imputation;
import io.modelwright.runtime.featurize.InputSpec;
import io.modelwright.runtime.featurize.RawValueParser;
import io.modelwright.runtime.schema.ColumnType;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.rtree.CARTRegressionTrainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Small real models for tests, trained directly with Tribuo on the repository's sample data. */
public final class TestModels {
    private TestModels() {
    }

    /** A CSV file read naively (sample files have no quoted commas): header and rows as text. */
    public record Csv(List<String> header, List<List<String>> rows) {
        public Map<String, Object> rawRow(int i, List<String> columns) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String c : columns) {
                m.put(c, rows.get(i).get(header.indexOf(c)));
            }
            return m;
        }
    }

    public static Path sampleData(String file) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("sample-data").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("sample-data/" + file + " not found");
    }

    public static Csv readCsv(String file) {
        try {
            List<String> lines = Files.readAllLines(sampleData(file));
            List<List<String>> rows = new ArrayList<>();
            for (String l : lines.subList(1, lines.size())) {
                if (!l.isBlank()) {
                    rows.add(List.of(l.split(",", -1)));
                }
            }
            return new Csv(List.of(lines.get(0).split(",")), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A numeric input with standardization learned from the column. */
    public static InputSpec numeric(String name, List<Double> values, boolean standardize) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double var = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / Math.max(1, values.size() - 1);
        double sorted[] = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new InputSpec(name, ColumnType.NUMERIC, Imputation.MEDIAN, sorted[sorted.length / 2], null, false,
                standardize, mean, Math.sqrt(var), null, null, null, null, null, sorted[0], sorted[sorted.length - 1]);
    }

    public static InputSpec categorical(String name, List<String> values) {
        List<String> levels = new ArrayList<>(new TreeSet<>(values));
        return new InputSpec(name, ColumnType.CATEGORICAL, Imputation.MOST_FREQUENT, Double.NaN, levels.get(0), false,
                false, 0, 1, levels, null, null, null, null, Double.NaN, Double.NaN);
    }

    /** Builds a spec from columns: numeric unless listed as categorical. */
    public static FeaturizerSpec spec(Csv csv, List<String> inputs, List<String> categorical, boolean standardize) {
        List<InputSpec> specs = new ArrayList<>();
        TreeSet<String> features = new TreeSet<>();
        for (String c : inputs) {
            int col = csv.header().indexOf(c);
            List<String> raw = csv.rows().stream().map(r -> r.get(col)).toList();
            if (categorical.contains(c)) {
                InputSpec in = categorical(c, raw);
                specs.add(in);
                in.levels().forEach(l -> features.add(c + "=" + l));
            } else {
                specs.add(numeric(c, raw.stream().filter(s -> !s.isBlank() && !s.equals("NA"))
                        .map(Double::valueOf).toList(), standardize));
                features.add(c);
            }
        }
        return new FeaturizerSpec(FeaturizerSpec.CURRENT_VERSION, specs, List.copyOf(features), null);
    }

    /** A trained model with everything needed to write an artifact. */
    public record Trained(Model<?> model, FeaturizerSpec spec, ModelTask task, String target, Csv csv,
                          String algorithm) {
        public List<Map<String, Object>> rawRows(int n) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < Math.min(n, csv.rows().size()); i++) {
                rows.add(csv.rawRow(i, spec.inputNames()));
            }
            return rows;
        }
    }

    public static Trained iris() {
        return iris(new LogisticRegressionTrainer(), "logistic-regression");
    }

    public static Trained iris(Trainer<Label> trainer, String algorithm) {
        Csv csv = readCsv("iris.csv");
        List<String> inputs = List.of("sepal_length", "sepal_width", "petal_length", "petal_width");
        FeaturizerSpec spec = spec(csv, inputs, List.of(), true);
        return new Trained(train(csv, spec, "species", new LabelFactory(), Label::new, trainer), spec,
                ModelTask.CLASSIFICATION, "species", csv, algorithm);
    }

    public static Trained diabetesRegression() {
        Csv csv = readCsv("diabetes.csv");
        List<String> inputs = csv.header().subList(0, csv.header().size() - 1);
        FeaturizerSpec spec = spec(csv, inputs, List.of(), false);
        CARTRegressionTrainer trainer = new CARTRegressionTrainer(4);
        return new Trained(train(csv, spec, "progression", new RegressionFactory(),
                v -> new Regressor("progression", Double.parseDouble(v)), trainer), spec, ModelTask.REGRESSION,
                "progression", csv, "cart");
    }

    /** A classifier on a sample file: inputs are all columns but the target and the excluded ones. */
    public static Trained classifier(String file, String target, List<String> excluded, List<String> categorical,
                                     Trainer<Label> trainer, String algorithm, boolean standardize) {
        Csv csv = dropMissingTarget(readCsv(file), target);
        FeaturizerSpec spec = spec(csv, inputsOf(csv, target, excluded), categorical, standardize);
        return new Trained(train(csv, spec, target, new LabelFactory(), Label::new, trainer), spec,
                ModelTask.CLASSIFICATION, target, csv, algorithm);
    }

    /** A regressor on a sample file, likewise. */
    public static Trained regressor(String file, String target, List<String> excluded, List<String> categorical,
                                    Trainer<Regressor> trainer, String algorithm) {
        Csv csv = dropMissingTarget(readCsv(file), target);
        FeaturizerSpec spec = spec(csv, inputsOf(csv, target, excluded), categorical, false);
        return new Trained(train(csv, spec, target, new RegressionFactory(),
                v -> new Regressor(target, Double.parseDouble(v)), trainer), spec, ModelTask.REGRESSION, target, csv,
                algorithm);
    }

    /** A model of any output type on iris' four measurements, e.g. clustering or anomaly detection. */
    public static <T extends Output<T>> Trained irisUnsupervised(ModelTask task, OutputFactory<T> factory, T output,
                                                                 Trainer<T> trainer, String algorithm) {
        Csv csv = readCsv("iris.csv");
        FeaturizerSpec spec = spec(csv, List.of("sepal_length", "sepal_width", "petal_length", "petal_width"),
                List.of(), true);
        return new Trained(train(csv, spec, "species", factory, v -> output, trainer), spec, task, null, csv,
                algorithm);
    }

    private static List<String> inputsOf(Csv csv, String target, List<String> excluded) {
        return csv.header().stream().filter(c -> !c.equals(target) && !excluded.contains(c)).toList();
    }

    private static Csv dropMissingTarget(Csv csv, String target) {
        int t = csv.header().indexOf(target);
        return new Csv(csv.header(), csv.rows().stream().filter(r -> !r.get(t).isBlank()).toList());
    }

    /**
     * What the app would predict for raw rows: straight through Tribuo, not through the Scorer, so that
     * comparing with the scorer means something.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static List<io.modelwright.runtime.score.Prediction> appPredictions(Trained t,
                                                                             List<Map<String, Object>> rows) {
        RawValueParser parser = new RawValueParser(t.spec());
        Featurizer featurizer = new Featurizer(t.spec());
        Model model = t.model();
        Output unknown = t.task() == ModelTask.CLASSIFICATION ? LabelFactory.UNKNOWN_LABEL
                : RegressionFactory.UNKNOWN_REGRESSOR;
        List<org.tribuo.Example> examples = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            examples.add(Featurizer.toExample(featurizer.featurize(parser.parse(row)), unknown));
        }
        List<org.tribuo.Prediction> predicted = model.predict(examples);
        List<String> labels = OutputDescription.of(t.task(), model, t.target()).labels();
        List<io.modelwright.runtime.score.Prediction> out = new ArrayList<>();
        for (org.tribuo.Prediction p : predicted) {
            if (t.task() == ModelTask.CLASSIFICATION) {
                Map<String, Double> scores = new LinkedHashMap<>();
                Map<String, Label> byName = p.getOutputScores();
                for (String l : labels) {
                    scores.put(l, byName.get(l).getScore());
                }
                out.add(io.modelwright.runtime.score.Prediction.ofLabel(((Label) p.getOutput()).getLabel(), scores,
                        p.hasProbabilities(), List.of()));
            } else {
                out.add(io.modelwright.runtime.score.Prediction.ofValue(((Regressor) p.getOutput()).getValues()[0],
                        List.of()));
            }
        }
        return out;
    }

    private static <T extends Output<T>> Model<T> train(Csv csv, FeaturizerSpec spec, String target,
                                                        OutputFactory<T> factory,
                                                        java.util.function.Function<String, T> output,
                                                        Trainer<T> trainer) {
        RawValueParser parser = new RawValueParser(spec);
        Featurizer featurizer = new Featurizer(spec);
        int t = csv.header().indexOf(target);
        List<org.tribuo.Example<T>> examples = new ArrayList<>();
        for (int i = 0; i < csv.rows().size(); i++) {
            Object[] canonical = parser.parse(csv.rawRow(i, spec.inputNames()));
            examples.add(Featurizer.toExample(featurizer.featurize(canonical), output.apply(csv.rows().get(i).get(t))));
        }
        MutableDataset<T> ds = new MutableDataset<>(new ListDataSource<>(examples, factory,
                new SimpleDataSourceProvenance("test", factory)));
        return trainer.train(ds);
    }

    /** Writes an artifact's model directory (model, input example, manifest with hashes). */
    public static ArtifactManifest writeModelDir(Trained t, String name, Path dir) throws IOException {
        ModelDirectoryWriter.writeModel(dir, t.model());
        ModelDirectoryWriter.writeInputExample(dir, t.spec(), t.rawRows(3));
        ArtifactManifest manifest = new ArtifactManifest(ArtifactManifest.CURRENT_FORMAT_VERSION, name, "1",
                t.task(), "2026-01-01T00:00:00Z", t.spec().inputs().stream().map(InputDescription::of).toList(),
                OutputDescription.of(t.task(), t.model(), t.target()), t.spec(), Map.of("accuracy", 0.95), null,
                new TrainingDataFingerprint(t.csv().rows().size(), "00"), BuildVersions.current(),
                new AlgorithmDescription(t.algorithm(), Map.of(), 1L), null, null);
        return ModelDirectoryWriter.writeManifest(dir, manifest);
    }
}
