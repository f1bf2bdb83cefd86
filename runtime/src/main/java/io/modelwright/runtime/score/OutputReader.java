package io.modelwright.runtime.score;

import io.modelwright.runtime.artifact.ModelTask;
import org.tribuo.Output;
import org.tribuo.anomaly.Event;
import org.tribuo.classification.Label;
import org.tribuo.clustering.ClusterID;
import org.tribuo.regression.Regressor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a Tribuo prediction of any of the four output types into our {@link Prediction}. */
final class OutputReader {
    private final ModelTask task;
    private final List<String> labels;
    private final boolean probabilities;

    /**
     * @param labels        class names in the order scores are reported (classification)
     * @param probabilities whether the model's scores are probabilities
     */
    OutputReader(ModelTask task, List<String> labels, boolean probabilities) {
        this.task = task;
        this.labels = labels == null ? List.of() : labels;
        this.probabilities = probabilities;
    }

    Prediction read(org.tribuo.Prediction<?> p, List<String> notes) {
        Output<?> out = p.getOutput();
        return switch (task) {
            case CLASSIFICATION -> classification(p, (Label) out, notes);
            case REGRESSION -> Prediction.ofValue(((Regressor) out).getValues()[0], notes);
            case CLUSTERING -> Prediction.ofCluster(((ClusterID) out).getID(), notes);
            case ANOMALY -> {
                Event e = (Event) out;
                yield Prediction.ofAnomaly(e.getType() == Event.EventType.ANOMALOUS, e.getScore(), notes);
            }
        };
    }

    private Prediction classification(org.tribuo.Prediction<?> p, Label label, List<String> notes) {
        Map<String, Double> scores = new LinkedHashMap<>();
        if (p.hasProbabilities() || !p.getOutputScores().isEmpty()) {
            Map<String, ? extends Output<?>> byName = p.getOutputScores();
            for (String name : labels) {
                Output<?> o = byName.get(name);
                if (o instanceof Label l) {
                    scores.put(name, l.getScore());
                }
            }
        }
        return Prediction.ofLabel(label.getLabel(), scores, probabilities && p.hasProbabilities(), notes);
    }
}
