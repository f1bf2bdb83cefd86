package io.modelwright.desktop.tryit;

import io.modelwright.core.eval.LocalExplanation;
import io.modelwright.core.train.TrainingResult;
import io.modelwright.runtime.artifact.ModelTask;
import io.modelwright.runtime.artifact.OutputDescription;
import io.modelwright.runtime.featurize.Featurizer;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import io.modelwright.runtime.featurize.InvalidInputException;
import io.modelwright.runtime.featurize.RawValueParser;
import io.modelwright.runtime.score.Prediction;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.anomaly.AnomalyFactory;
import org.tribuo.anomaly.Event;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Predicts with a run's final model along the exported scorer's path: {@link RawValueParser} turns raw values into
 * canonical ones, {@link Featurizer} into features, the Tribuo model predicts, and the output is read the way the
 * scorer reads it. So what Try it shows is what the exported artifact will answer (export verifies that).
 */
public final class RunPredictor {
    private final Model<?> model;
    private final FeaturizerSpec spec;
    private final Featurizer featurizer;
    private final RawValueParser parser;
    private final ModelTask task;
    private final List<String> labels;

    /**
     * @param result a run with a final model
     * @param target the predicted column (null for clustering and anomaly detection)
     * @throws IllegalArgumentException when the run kept no final model
     */
    public RunPredictor(TrainingResult result, String target) {
        if (result.model() == null || result.featurizerSpec() == null) {
            throw new IllegalArgumentException("This run kept no final model, so it cannot predict.");
        }
        this.model = result.model();
        this.spec = result.featurizerSpec();
        this.featurizer = new Featurizer(spec);
        this.parser = new RawValueParser(spec);
        this.task = ModelTask.valueOf(result.task().name());
        this.labels = OutputDescription.of(task, model, target).labels();
    }

    public FeaturizerSpec spec() {
        return spec;
    }

    public ModelTask task() {
        return task;
    }

    public Model<?> model() {
        return model;
    }

    /** @return canonical values in input order; throws {@link InvalidInputException} naming a bad value */
    public Object[] canonical(Map<String, ?> raw) {
        return parser.parse(raw);
    }

    public Prediction predict(Map<String, ?> raw) {
        return predictCanonical(List.<Object[]>of(canonical(raw))).get(0);
    }

    /** Scores canonical rows in one call to Tribuo. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Prediction> predictCanonical(List<Object[]> rows) {
        List<Example> examples = new ArrayList<>(rows.size());
        List<List<String>> notes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            var features = featurizer.featurize(row);
            examples.add(Featurizer.toExample(features, (Output) unknownOutput()));
            notes.add(features.notes());
        }
        List<org.tribuo.Prediction<?>> predicted;
        try {
            predicted = ((Model) model).predict(examples);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(null, "A row has no value the model knows: " + e.getMessage());
        }
        List<Prediction> out = new ArrayList<>(predicted.size());
        for (int i = 0; i < predicted.size(); i++) {
            out.add(read(predicted.get(i), notes.get(i)));
        }
        return out;
    }

    /**
     * Explains one row in terms of the original columns (occlusion against typical rows).
     *
     * @return the explanation, or null for tasks without a score to explain (clustering)
     */
    public LocalExplanation explain(Object[] row, List<Object[]> background) {
        if (task == ModelTask.CLUSTERING || background.isEmpty()) {
            return null;
        }
        Prediction own = predictCanonical(List.<Object[]>of(row)).get(0);
        return LocalExplanation.explain(row, spec.inputNames(), background, changed -> {
            Prediction p = predictCanonical(List.<Object[]>of(changed)).get(0);
            return switch (task) {
                case CLASSIFICATION -> p.scores().getOrDefault(own.label(), p.label().equals(own.label()) ? 1.0 : 0.0);
                case REGRESSION -> p.value();
                default -> p.score() == null ? 0 : p.score();
            };
        });
    }

    private Output<?> unknownOutput() {
        return switch (task) {
            case CLASSIFICATION -> LabelFactory.UNKNOWN_LABEL;
            case REGRESSION -> RegressionFactory.UNKNOWN_REGRESSOR;
            case CLUSTERING -> ClusteringFactory.UNASSIGNED_CLUSTER_ID;
            case ANOMALY -> AnomalyFactory.UNKNOWN_EVENT;
        };
    }

    private Prediction read(org.tribuo.Prediction<?> p, List<String> notes) {
        Output<?> out = p.getOutput();
        return switch (task) {
            case CLASSIFICATION -> {
                Map<String, Double> scores = new LinkedHashMap<>();
                Map<String, ? extends Output<?>> byName = p.getOutputScores();
                for (String name : labels) {
                    if (byName.get(name) instanceof Label l) {
                        scores.put(name, l.getScore());
                    }
                }
                yield Prediction.ofLabel(((Label) out).getLabel(), scores,
                        model.generatesProbabilities() && p.hasProbabilities(), notes);
            }
            case REGRESSION -> Prediction.ofValue(((Regressor) out).getValues()[0], notes);
            case CLUSTERING -> Prediction.ofCluster(((ClusterID) out).getID(), notes);
            case ANOMALY -> {
                Event e = (Event) out;
                yield Prediction.ofAnomaly(e.getType() == Event.EventType.ANOMALOUS, e.getScore(), notes);
            }
        };
    }
}
