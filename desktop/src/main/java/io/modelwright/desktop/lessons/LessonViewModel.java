package io.modelwright.desktop.lessons;

import io.modelwright.core.lesson.Lesson;
import io.modelwright.core.lesson.LessonStep;
import io.modelwright.desktop.common.ErrorSink;
import io.modelwright.desktop.train.TrainViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.function.Supplier;

/**
 * The lesson side panel: the current step's text, Back and Next. Entering a step that fixes training settings puts
 * them on the Train screen, so every student trains the same way and sees the same numbers.
 */
public final class LessonViewModel {
    private final Lesson lesson;
    private final Supplier<TrainViewModel> train;
    private final ErrorSink errors;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final BooleanBinding canBack = index.greaterThan(0);
    private final BooleanBinding canNext;
    private final StringBinding position;

    /** @param train the Train screen's model of the loaded data (null until the data is loaded) */
    public LessonViewModel(Lesson lesson, Supplier<TrainViewModel> train, ErrorSink errors) {
        this.lesson = lesson;
        this.train = train;
        this.errors = errors;
        this.canNext = index.lessThan(lesson.steps().size() - 1);
        this.position = Bindings.createStringBinding(() -> "Step " + (index.get() + 1) + " of " + lesson.steps().size(),
                index);
        go(0);
    }

    public Lesson lesson() {
        return lesson;
    }

    public void next() {
        if (canNext.get()) {
            go(index.get() + 1);
        }
    }

    public void back() {
        if (canBack.get()) {
            go(index.get() - 1);
        }
    }

    private void go(int step) {
        index.set(step);
        applyPreset();
    }

    /** Puts the current step's settings (if any) on the Train screen; call again once the data is loaded. */
    public void applyPreset() {
        LessonStep step = step();
        TrainViewModel screen = train.get();
        if (step.train() != null && screen != null) {
            try {
                TrainPresets.apply(step.train(), screen);
            } catch (IllegalArgumentException e) {
                errors.show(e);
            }
        }
    }

    public LessonStep step() {
        return lesson.steps().get(index.get());
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public StringBinding position() {
        return position;
    }

    public BooleanBinding canBack() {
        return canBack;
    }

    public BooleanBinding canNext() {
        return canNext;
    }

    /** @return e.g. "The Train screen is set for this step: Decision tree, maxDepth 1, hold out 30%, seed 42." */
    public String presetNote() {
        var preset = step().train();
        if (preset == null) {
            return "";
        }
        TrainViewModel screen = train.get();
        String algorithm = screen == null ? preset.algorithm() : screen.algorithms().stream()
                .filter(a -> a.id().equals(preset.algorithm())).map(a -> a.displayName()).findFirst()
                .orElse(preset.algorithm());
        StringBuilder note = new StringBuilder("The Train screen is set for this step: ").append(algorithm);
        preset.hyperparameters().forEach((name, value) -> note.append(", ").append(name).append(' ').append(value));
        if (preset.validation() != null) {
            var scheme = io.modelwright.core.train.ValidationScheme.parse(preset.validation());
            note.append(", ").append(scheme.isCrossValidation() ? scheme.folds() + "-fold cross-validation"
                    : "hold out " + Math.round(scheme.holdoutFraction() * 100) + "%");
        }
        if (preset.seed() != null) {
            note.append(", seed ").append(preset.seed());
        }
        return note.append(". Press Train.").toString();
    }
}
