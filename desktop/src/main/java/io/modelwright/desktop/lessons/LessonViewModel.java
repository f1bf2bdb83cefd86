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

    /** @return "Train settings set for this step" when the step presets the Train screen, else "" */
    public String presetNote() {
        var preset = step().train();
        return preset == null ? "" : "The Train screen is set up for this step: " + preset.algorithm()
                + (preset.hyperparameters().isEmpty() ? "" : " " + preset.hyperparameters())
                + (preset.validation() == null ? "" : ", " + preset.validation())
                + (preset.seed() == null ? "" : ", seed " + preset.seed()) + ".";
    }
}
