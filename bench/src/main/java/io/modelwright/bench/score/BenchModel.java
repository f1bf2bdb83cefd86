package io.modelwright.bench.score;

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
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The model the scorer benchmark serves: logistic regression on 20 standardized numeric columns and one
 * 5-level categorical column ({@link BenchRows}), written as an artifact model directory the scorer jar loads.
 */
public final class BenchModel {
    private static final int TRAINING_ROWS = 5_000;

    private BenchModel() {
    }

    /** Trains and writes {@code dir} (model.tribuo, input_example.json, manifest.json) unless it exists. */
    public static Path ensure(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve(ArtifactManifest.FILE_NAME))) {
            return dir;
        }
        Files.createDirectories(dir);
        BenchRows data = new BenchRows(1L);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < TRAINING_ROWS; i++) {
            rows.add(data.nextRow());
            labels.add(data.lastLabel());
        }
        FeaturizerSpec spec = spec(rows);
        RawValueParser parser = new RawValueParser(spec);
        Featurizer featurizer = new Featurizer(spec);
        List<Example<Label>> examples = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            examples.add(Featurizer.toExample(featurizer.featurize(parser.parse(rows.get(i))), new Label(labels.get(i))));
        }
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new ListDataSource<>(examples, factory,
                new SimpleDataSourceProvenance("bench", factory)));
        Model<Label> model = new LogisticRegressionTrainer().train(dataset);

        ModelDirectoryWriter.writeModel(dir, model);
        ModelDirectoryWriter.writeInputExample(dir, spec, rows.subList(0, 3));
        ArtifactManifest manifest = new ArtifactManifest(ArtifactManifest.CURRENT_FORMAT_VERSION, "bench-logistic",
                "1", ModelTask.CLASSIFICATION, "2026-01-01T00:00:00Z",
                spec.inputs().stream().map(InputDescription::of).toList(),
                OutputDescription.of(ModelTask.CLASSIFICATION, model, "label"), spec, Map.of(), null,
                new TrainingDataFingerprint(TRAINING_ROWS, "00"), BuildVersions.current(),
                new AlgorithmDescription("logistic-regression", Map.of(), 1L), null, null);
        ModelDirectoryWriter.writeManifest(dir, manifest);
        return dir;
    }

    private static FeaturizerSpec spec(List<Map<String, Object>> rows) {
        List<InputSpec> inputs = new ArrayList<>();
        TreeSet<String> features = new TreeSet<>();
        for (String name : BenchRows.COLUMNS) {
            if (name.equals(BenchRows.CATEGORY)) {
                inputs.add(new InputSpec(name, ColumnType.CATEGORICAL, Imputation.MOST_FREQUENT, Double.NaN,
                        BenchRows.LEVELS.get(0), false, false, 0, 1, BenchRows.LEVELS, null, null, null, null,
                        Double.NaN, Double.NaN));
                BenchRows.LEVELS.forEach(l -> features.add(name + "=" + l));
            } else {
                double[] v = rows.stream().mapToDouble(r -> (Double) r.get(name)).sorted().toArray();
                double mean = java.util.Arrays.stream(v).average().orElse(0);
                double var = java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1);
                inputs.add(new InputSpec(name, ColumnType.NUMERIC, Imputation.MEDIAN, v[v.length / 2], null, false,
                        true, mean, Math.sqrt(var), null, null, null, null, null, v[0], v[v.length - 1]));
                features.add(name);
            }
        }
        return new FeaturizerSpec(FeaturizerSpec.CURRENT_VERSION, inputs, List.copyOf(features), null);
    }

    /** @return a copy of a row with its values in column order, for building request bodies */
    static Map<String, Object> ordered(Map<String, Object> row) {
        Map<String, Object> m = new LinkedHashMap<>();
        BenchRows.COLUMNS.forEach(c -> m.put(c, row.get(c)));
        return m;
    }
}
