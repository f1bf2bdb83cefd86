package io.modelwright.core.train;

import com.oracle.labs.mlrg.olcut.util.Pair;
import org.tribuo.Model;
import org.tribuo.common.xgboost.XGBoostFeatureImportance;
import org.tribuo.common.xgboost.XGBoostModel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The importances Tribuo computes itself: XGBoost's gain, and the weights of linear models (mean absolute weight
 * over classes). Other models (trees' split counts, SVMs, KNN) get none: model-agnostic permutation importance
 * belongs to evaluation.
 */
final class NativeImportances {
    private static final Set<String> LINEAR = Set.of("logistic-regression", "linear-sgd", "liblinear", "elastic-net",
            "lars-lasso");

    private NativeImportances() {
    }

    /** @return what the values measure for this algorithm: gain, weight or none */
    static String kind(String algorithmId, Model<?> model) {
        if (model instanceof XGBoostModel<?>) {
            return "gain";
        }
        return LINEAR.contains(algorithmId) ? "weight" : "none";
    }

    /** @return feature to importance, largest first; empty when the model has none */
    static Map<String, Double> of(String algorithmId, Model<?> model) {
        Map<String, Double> out = new LinkedHashMap<>();
        switch (kind(algorithmId, model)) {
            case "gain" -> {
                List<XGBoostFeatureImportance> all = ((XGBoostModel<?>) model).getFeatureImportance();
                for (XGBoostFeatureImportance imp : all) {
                    imp.getGain().forEach((f, g) -> out.merge(f, g / all.size(), Double::sum));
                }
            }
            case "weight" -> {
                Map<String, List<Pair<String, Double>>> top = model.getTopFeatures(-1);
                int outputs = top.size();
                for (List<Pair<String, Double>> list : top.values()) {
                    for (Pair<String, Double> p : list) {
                        if (!p.getA().equals("BIAS")) {
                            out.merge(p.getA(), Math.abs(p.getB()) / outputs, Double::sum);
                        }
                    }
                }
            }
            default -> {
                return Map.of();
            }
        }
        Map<String, Double> sorted = new LinkedHashMap<>();
        out.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
