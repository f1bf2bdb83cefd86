package io.modelwright.desktop.lessons;

import io.modelwright.core.lesson.TrainPreset;
import io.modelwright.core.train.AlgorithmSpec;
import io.modelwright.core.train.ValidationScheme;
import io.modelwright.desktop.train.HyperparameterField;
import io.modelwright.desktop.train.TrainViewModel;

/** Puts a lesson step's settings on the Train screen: algorithm, settings, validation and seed. */
final class TrainPresets {
    private TrainPresets() {
    }

    /** @throws IllegalArgumentException when the lesson names an algorithm or setting that does not exist */
    static void apply(TrainPreset preset, TrainViewModel train) {
        AlgorithmSpec algorithm = train.algorithms().stream().filter(a -> a.id().equals(preset.algorithm()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("The lesson asks for the algorithm '"
                        + preset.algorithm() + "', which is not available for this task."));
        train.algorithmProperty().set(algorithm);
        for (HyperparameterField field : train.fields()) {
            field.reset();
        }
        preset.hyperparameters().forEach((name, value) -> train.fields().stream()
                .filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The lesson sets '" + name + "', which "
                        + algorithm.displayName() + " does not have."))
                .textProperty().set(value));
        if (preset.validation() != null) {
            ValidationScheme scheme = ValidationScheme.parse(preset.validation());
            var settings = train.settings();
            settings.crossValidationProperty().set(scheme.isCrossValidation());
            if (scheme.isCrossValidation()) {
                settings.foldsProperty().set(scheme.folds());
            } else {
                settings.holdoutPercentProperty().set((int) Math.round(scheme.holdoutFraction() * 100));
            }
        }
        if (preset.seed() != null) {
            train.settings().seedProperty().set(Long.toString(preset.seed()));
        }
    }
}
