package io.modelwright.core.train;

import io.modelwright.core.ModelwrightException;
import io.modelwright.core.data.DataTable;
import io.modelwright.runtime.featurize.FeatureVector;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import io.modelwright.runtime.featurize.SortedExample;
import io.modelwright.runtime.featurize.SortedFeaturizer;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.Prediction;
import org.tribuo.Trainer;
import org.tribuo.anomaly.AnomalyFactory;
import org.tribuo.anomaly.Event;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains one model on some rows and predicts others: fits the featurizer on the training rows only, builds the
 * Tribuo dataset straight from the table, trains a fresh trainer and collects {@link FoldPredictions}.
 * <p>
 * Rows go through {@link SortedFeaturizer} (the scorer's features, bit for bit, already in Tribuo's order) into
 * {@link SortedExample}s: per row no boxed values, no copy and sort of the names, no hash set to validate; rows
 * with the same features share their names array and rows of a class their label, so a training example is just
 * itself and its values.
 */
final class FoldTrainer {
    /** A fixed data-provenance time, so two identical runs give identical provenance apart from timing. */
    private static final OffsetDateTime EPOCH = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final TrainingRequest request;
    private final TargetColumn target;

    FoldTrainer(TrainingRequest request, TargetColumn target) {
        this.request = request;
        this.target = target;
    }

    /** A trained model with the featurizer it was trained through. */
    record Fitted(Model<?> model, FeaturizerSpec spec, long trainMillis) {
    }

    /** Fits the featurizer and trains on the given rows with the given seed. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Fitted train(int[] trainRows, long seed) {
        long start = System.nanoTime();
        DataTable table = request.table();
        FeaturizerSpec spec = new FeaturizerFitter(request.algorithm().standardizesFeatures())
                .fit(table, request.featureColumns(), trainRows);
        if (spec.inputs().isEmpty()) {
            throw new ModelwrightException("None of the feature columns has a value in the training rows.");
        }
        MutableDataset<?> dataset = dataset(spec, trainRows);
        Trainer trainer = request.algorithm().createTrainer(request.hyperparameters(), seed);
        Model<?> model;
        try {
            model = trainer.train(dataset);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ModelwrightException(request.algorithm().displayName() + " could not be trained on this data: "
                    + e.getMessage() + hint(), e);
        }
        return new Fitted(model, spec, (System.nanoTime() - start) / 1_000_000);
    }

    /** @return the Tribuo dataset of the training rows, featurized with the spec */
    @SuppressWarnings({"unchecked", "rawtypes"})
    MutableDataset<?> dataset(FeaturizerSpec spec, int[] trainRows) {
        // Examples with the same features share one names array: the dataset lives through train(), where young
        // collections copy whatever it holds, and an array of names was one of a row's four objects.
        SortedFeaturizer featurizer = SortedFeaturizer.sharingNames(spec);
        TableRows rows = new TableRows(request.table(), spec);
        OutputFactory factory = factory(request.task());
        MutableDataset dataset = new MutableDataset(new SimpleDataSourceProvenance("Modelwright table", EPOCH, factory),
                factory);
        for (int r : trainRows) {
            FeatureVector v = featurizer.featurize(rows, r);
            dataset.add(new SortedExample<>((Output) target.output(r), v.names(), v.values()));
        }
        return dataset;
    }

    private String hint() {
        return request.algorithm().id().equals("naive-bayes")
                ? " Naive Bayes needs features that are never negative; try another algorithm." : "";
    }

    /** Predicts the test rows with a fitted model. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    FoldPredictions predict(Fitted fitted, int fold, int trainSize, int[] testRows) {
        SortedFeaturizer featurizer = new SortedFeaturizer(fitted.spec());
        TableRows rows = new TableRows(request.table(), fitted.spec());
        OutputFactory factory = factory(request.task());
        List<Example> examples = new ArrayList<>(testRows.length);
        List<FeatureVector> vectors = request.task() == Task.CLUSTERING ? new ArrayList<>() : null;
        for (int r : testRows) {
            FeatureVector v = featurizer.featurize(rows, r);
            if (vectors != null) {
                vectors.add(v);
            }
            examples.add(new SortedExample<>(factory.getUnknownOutput(), v.names(), v.values()));
        }
        List<Prediction> predictions = ((Model) fitted.model()).predict(examples);
        int n = testRows.length;
        String[] truth = new String[n];
        String[] predicted = new String[n];
        double[] truthValues = null;
        double[] predictedValues = null;
        double[][] probabilities = null;
        List<String> classes = request.task() == Task.CLASSIFICATION ? target.classes() : List.of();
        boolean anyTruth = false;
        switch (request.task()) {
            case CLASSIFICATION -> {
                if (fitted.model().generatesProbabilities()) {
                    probabilities = new double[n][];
                }
                for (int i = 0; i < n; i++) {
                    Prediction<Label> p = predictions.get(i);
                    predicted[i] = p.getOutput().getLabel();
                    if (probabilities != null) {
                        probabilities[i] = probabilities(p, classes);
                    }
                }
            }
            case REGRESSION -> {
                truthValues = new double[n];
                predictedValues = new double[n];
                for (int i = 0; i < n; i++) {
                    truthValues[i] = target.truthValue(testRows[i]);
                    predictedValues[i] = ((Prediction<Regressor>) predictions.get(i)).getOutput().getValues()[0];
                }
                predicted = null;
            }
            case CLUSTERING -> {
                for (int i = 0; i < n; i++) {
                    predicted[i] = Integer.toString(((Prediction<ClusterID>) predictions.get(i)).getOutput().getID());
                }
            }
            case ANOMALY -> {
                predictedValues = new double[n];
                for (int i = 0; i < n; i++) {
                    Event e = ((Prediction<Event>) predictions.get(i)).getOutput();
                    predicted[i] = e.getType().name();
                    predictedValues[i] = -e.getScore(); // Tribuo: negative decision value = anomalous
                }
            }
        }
        for (int i = 0; i < n; i++) {
            truth[i] = target.truthText(testRows[i]);
            anyTruth |= truth[i] != null;
        }
        return new FoldPredictions(fold, request.task(), testRows, trainSize, classes,
                anyTruth && request.task() != Task.REGRESSION ? truth : null, predicted, probabilities, truthValues,
                predictedValues, vectors == null ? null : dense(vectors, fitted.spec()));
    }

    private static double[] probabilities(Prediction<Label> p, List<String> classes) {
        Map<String, Label> scores = p.getOutputScores();
        double[] out = new double[classes.size()];
        for (int c = 0; c < out.length; c++) {
            Label l = scores.get(classes.get(c));
            out[c] = l == null ? 0 : l.getScore();
        }
        return out;
    }

    private static double[][] dense(List<FeatureVector> vectors, FeaturizerSpec spec) {
        Map<String, Integer> index = new HashMap<>();
        for (String f : spec.featureNames()) {
            index.put(f, index.size());
        }
        double[][] out = new double[vectors.size()][index.size()];
        for (int i = 0; i < vectors.size(); i++) {
            FeatureVector v = vectors.get(i);
            for (int j = 0; j < v.size(); j++) {
                Integer k = index.get(v.names()[j]);
                if (k != null) {
                    out[i][k] = v.values()[j];
                }
            }
        }
        return out;
    }

    static OutputFactory<?> factory(Task task) {
        return switch (task) {
            case CLASSIFICATION -> new LabelFactory();
            case REGRESSION -> new RegressionFactory();
            case CLUSTERING -> new ClusteringFactory();
            case ANOMALY -> new AnomalyFactory();
        };
    }
}
