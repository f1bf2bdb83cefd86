package io.modelwright.desktop.train;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Worker;

import java.util.Locale;

/**
 * The status area of the Train screen: state, "Fold 2 of 5 — logistic regression", a 0..1 progress and the
 * elapsed time. The view calls {@link #tick()} on a timer so the clock moves between progress reports.
 */
public final class TrainingProgress {
    private final ObjectProperty<TrainingState> state = new SimpleObjectProperty<>(TrainingState.IDLE);
    private final DoubleProperty fraction = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("Ready.");
    private final StringProperty elapsed = new SimpleStringProperty("");
    private final BooleanBinding busy = state.isEqualTo(TrainingState.RUNNING);
    private long startedAt;

    void started() {
        startedAt = System.nanoTime();
        state.set(TrainingState.RUNNING);
        fraction.set(-1);
        message.set("Starting…");
        tick();
    }

    void follow(Worker<?> worker) {
        fraction.bind(worker.progressProperty());
        message.bind(worker.messageProperty().map(text -> text.isEmpty() ? "Starting…" : text));
    }

    void finished(TrainingState end, String summary) {
        tick();
        fraction.unbind();
        message.unbind();
        fraction.set(end == TrainingState.SUCCEEDED ? 1 : 0);
        message.set(summary);
        state.set(end);
    }

    /** Updates the elapsed time while running. */
    public void tick() {
        if (state.get() == TrainingState.RUNNING) {
            elapsed.set(elapsedText());
        }
    }

    String elapsedText() {
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        return seconds < 60 ? String.format(Locale.ROOT, "%.1f s", seconds)
                : String.format(Locale.ROOT, "%d min %02d s", (long) seconds / 60, (long) seconds % 60);
    }

    public BooleanBinding busy() {
        return busy;
    }

    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state;
    }

    /** @return 0..1, or -1 while not known */
    public DoubleProperty fractionProperty() {
        return fraction;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty elapsedProperty() {
        return elapsed;
    }
}
