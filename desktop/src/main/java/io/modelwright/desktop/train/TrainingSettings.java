package io.modelwright.desktop.train;

import io.modelwright.core.train.AlgorithmCatalog;
import io.modelwright.core.train.ValidationScheme;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** How a model is validated and seeded: k-fold cross-validation or a hold-out share, stratification, seed. */
public final class TrainingSettings {
    private final BooleanProperty crossValidation = new SimpleBooleanProperty(true);
    private final IntegerProperty folds = new SimpleIntegerProperty(5);
    private final IntegerProperty holdoutPercent = new SimpleIntegerProperty(20);
    private final BooleanProperty stratify = new SimpleBooleanProperty(true);
    private final StringProperty seed = new SimpleStringProperty(Long.toString(AlgorithmCatalog.DEFAULT_SEED));
    private final StringBinding seedError = Bindings.createStringBinding(
            () -> parseSeed() == null ? "The seed must be a whole number, e.g. 42." : "", seed);

    /** @return the scheme chosen, as the CLI's {@code --validation} would give it */
    public ValidationScheme validation() {
        return crossValidation.get() ? ValidationScheme.crossValidation(folds.get())
                : ValidationScheme.holdout(holdoutPercent.get() / 100.0);
    }

    /** @return the seed, or null when what was typed is not a whole number */
    public Long parseSeed() {
        try {
            return Long.parseLong(seed.get() == null ? "" : seed.get().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public BooleanProperty crossValidationProperty() {
        return crossValidation;
    }

    public IntegerProperty foldsProperty() {
        return folds;
    }

    public IntegerProperty holdoutPercentProperty() {
        return holdoutPercent;
    }

    public BooleanProperty stratifyProperty() {
        return stratify;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** @return the problem with the seed in words, or empty */
    public StringBinding seedError() {
        return seedError;
    }
}
