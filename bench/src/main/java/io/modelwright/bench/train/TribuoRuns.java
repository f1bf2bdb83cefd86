package io.modelwright.bench.train;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.core.train.AlgorithmCatalog;
import io.modelwright.core.train.AlgorithmSpec;
import io.modelwright.core.train.Fold;
import io.modelwright.core.train.FoldResult;
import io.modelwright.core.train.Task;
import io.modelwright.core.train.TrainingEngine;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;
import io.modelwright.core.train.ValidationScheme;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Modelwright's training path and the same Tribuo trainer called directly, on the shared split. */
public final class TribuoRuns {
    private TribuoRuns() {
    }

    /**
     * Modelwright end to end through {@link TrainingEngine} with {@code holdout:0.2}, no final model. The time is
     * the engine's own train time of the fold: fit the featurizer, build the Tribuo dataset from the table, train.
     *
     * @return {seconds (min over repeats), accuracy (of the last run), process CPU seconds of that whole run
     *         (featurize, build, train, and also predict the test rows and score them)}
     */
    public static double[] modelwright(DataTable table, String algorithm, int repeats) {
        TrainingRequest request = TrainingRequest.builder().table(table).target(BenchmarkData.TARGET)
                .task(Task.CLASSIFICATION).algorithm(algorithm).validation(ValidationScheme.holdout(HoldoutSplit.TEST_FRACTION))
                .seed(HoldoutSplit.SEED).finalModel(false).build();
        TrainingEngine engine = new TrainingEngine();
        double best = Double.POSITIVE_INFINITY;
        double accuracy = Double.NaN;
        double cpu = Double.NaN;
        for (int i = 0; i < repeats; i++) {
            double c0 = CpuClock.processSeconds();
            TrainingResult result = engine.run(request, ProgressListener.NONE, CancellationToken.create());
            double c1 = CpuClock.processSeconds();
            FoldResult fold = result.folds().get(0);
            if (fold.trainMillis() / 1000.0 < best) {
                best = fold.trainMillis() / 1000.0;
                cpu = c1 - c0;
            }
            accuracy = fold.metrics().get("accuracy");
        }
        return new double[] {best, accuracy, cpu};
    }

    /**
     * The catalog's trainer (same class, same settings, same seed) called directly: the examples and the
     * {@link MutableDataset} are built once beforehand, only {@code train()} is timed. Numeric features are
     * standardized with the training rows' mean and deviation when the catalog entry standardizes, so the
     * models see the same numbers as through Modelwright. {@code settings} (catalog hyperparameter names) try
     * other defaults. With {@code timeDataset}, building the {@link MutableDataset} from the pre-built examples
     * is timed with {@code train()}: a Tribuo trainer takes a dataset, not examples.
     *
     * @return {seconds (min over repeats), accuracy (of the last run), process CPU seconds of that train()}
     */
    @SuppressWarnings("unchecked")
    public static double[] direct(DataTable table, Fold split, String algorithm, Map<String, String> settings,
                                  int repeats, boolean timeDataset) {
        AlgorithmSpec spec = AlgorithmCatalog.find(Task.CLASSIFICATION, algorithm);
        ExampleBuilder examples = new ExampleBuilder(table, split.trainRows(), spec.standardizesFeatures());
        LabelFactory factory = new LabelFactory();
        List<Example<Label>> trainExamples = new ArrayList<>(split.trainRows().length);
        for (int r : split.trainRows()) {
            trainExamples.add(examples.example(r));
        }
        MutableDataset<Label> train = dataset(trainExamples, factory);
        List<Example<Label>> test = new ArrayList<>(split.testRows().length);
        for (int r : split.testRows()) {
            test.add(examples.example(r));
        }
        double best = Double.POSITIVE_INFINITY;
        double accuracy = Double.NaN;
        double cpu = Double.NaN;
        for (int i = 0; i < repeats; i++) {
            Trainer<Label> trainer = (Trainer<Label>) spec.createTrainer(settings, HoldoutSplit.trainerSeed());
            double c0 = CpuClock.processSeconds();
            long t0 = System.nanoTime();
            // A Tribuo trainer takes a Dataset: with timeDataset, building it from the examples counts too.
            Model<Label> model = trainer.train(timeDataset ? dataset(trainExamples, factory) : train);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (seconds < best) {
                best = seconds;
                cpu = CpuClock.processSeconds() - c0;
            }
            accuracy = accuracy(model.predict(test));
        }
        return new double[] {best, accuracy, cpu};
    }

    private static MutableDataset<Label> dataset(List<Example<Label>> examples, LabelFactory factory) {
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("benchmark", factory),
                factory);
        for (Example<Label> example : examples) {
            dataset.add(example);
        }
        return dataset;
    }

    private static double accuracy(List<Prediction<Label>> predictions) {
        int correct = 0;
        for (Prediction<Label> p : predictions) {
            if (p.getOutput().getLabel().equals(p.getExample().getOutput().getLabel())) {
                correct++;
            }
        }
        return (double) correct / predictions.size();
    }

    /** Builds dense {@link ArrayExample}s: numbers as they are (or standardized), one-hot categories. */
    private static final class ExampleBuilder {
        private final NumericColumn[] numeric;
        private final double[] mean;
        private final double[] scale;
        private final CategoricalColumn[] categorical;
        private final String[][] levelNames;
        private final Column target;

        ExampleBuilder(DataTable table, int[] trainRows, boolean standardize) {
            List<NumericColumn> nums = new ArrayList<>();
            List<CategoricalColumn> cats = new ArrayList<>();
            for (Column c : table.columns()) {
                if (c.name().equals(BenchmarkData.TARGET)) {
                    continue;
                }
                if (c instanceof NumericColumn n) {
                    nums.add(n);
                } else {
                    cats.add((CategoricalColumn) c);
                }
            }
            numeric = nums.toArray(NumericColumn[]::new);
            categorical = cats.toArray(CategoricalColumn[]::new);
            target = table.column(BenchmarkData.TARGET);
            mean = new double[numeric.length];
            scale = new double[numeric.length];
            for (int j = 0; j < numeric.length; j++) {
                double s = 0;
                double ss = 0;
                for (int r : trainRows) {
                    double v = numeric[j].value(r);
                    s += v;
                    ss += v * v;
                }
                double m = s / trainRows.length;
                double sd = Math.sqrt(Math.max(0, ss / trainRows.length - m * m));
                mean[j] = standardize ? m : 0;
                scale[j] = standardize && sd > 0 ? sd : 1;
            }
            levelNames = new String[categorical.length][];
            for (int j = 0; j < categorical.length; j++) {
                String column = categorical[j].name();
                levelNames[j] = categorical[j].levels().stream().map(l -> column + "=" + l).toArray(String[]::new);
            }
        }

        Example<Label> example(int r) {
            String[] names = new String[numeric.length + categorical.length];
            double[] values = new double[names.length];
            for (int j = 0; j < numeric.length; j++) {
                names[j] = numeric[j].name();
                values[j] = (numeric[j].value(r) - mean[j]) / scale[j];
            }
            for (int j = 0; j < categorical.length; j++) {
                names[numeric.length + j] = levelNames[j][categorical[j].codes()[r]];
                values[numeric.length + j] = 1.0;
            }
            return new ArrayExample<>(new Label(target.text(r)), names, values);
        }
    }
}
