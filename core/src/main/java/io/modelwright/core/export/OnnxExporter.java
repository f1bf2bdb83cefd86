package io.modelwright.core.export;

import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.artifact.ModelTask;
import io.modelwright.runtime.artifact.OnnxDescription;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.ONNXExportable;
import org.tribuo.classification.Label;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code model.onnx} for models Tribuo can export (linear, FM, LibLinear, LibSVM and their ensembles).
 * The graph takes the featurizer's output, so its I/O is documented in the manifest.
 */
final class OnnxExporter {
    static final String DOMAIN = "io.modelwright";

    private OnnxExporter() {
    }

    static boolean canExport(Model<?> model) {
        return model instanceof ONNXExportable;
    }

    /** @return the graph's I/O description */
    static OnnxDescription export(Model<?> model, ModelTask task, String target, Path modelDir) {
        Path file = modelDir.resolve(ArtifactManifest.ONNX_FILE);
        try {
            ((ONNXExportable) model).saveONNXModel(DOMAIN, 1, file);
        } catch (Exception e) {
            throw new ExportException("Tribuo could not export this model to ONNX: " + e.getMessage(), e);
        }
        List<String> features = featureOrder(model);
        List<String> outputs = new ArrayList<>();
        var info = model.getOutputIDInfo();
        for (int id = 0; id < info.size(); id++) {
            Object o = info.getOutput(id);
            outputs.add(o instanceof Label l ? l.getLabel() : target != null ? target : o.toString());
        }
        if (task != ModelTask.CLASSIFICATION && outputs.isEmpty()) {
            outputs.add(target);
        }
        return new OnnxDescription(ArtifactManifest.ONNX_FILE, "input", "float32", List.of(-1, features.size()),
                features, "output", List.of(-1, outputs.size()), outputs, DOMAIN, 1);
    }

    /** @return feature names in Tribuo feature-id order, the column order of the graph's input */
    static List<String> featureOrder(Model<?> model) {
        ImmutableFeatureMap map = model.getFeatureIDMap();
        List<String> names = new ArrayList<>(map.size());
        for (int id = 0; id < map.size(); id++) {
            names.add(map.get(id).getName());
        }
        return names;
    }
}
