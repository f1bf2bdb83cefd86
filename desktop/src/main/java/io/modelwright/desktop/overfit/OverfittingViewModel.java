package io.modelwright.desktop.overfit;

import io.modelwright.core.train.Hyperparameter;
import io.modelwright.desktop.common.ErrorSink;
import io.modelwright.desktop.common.Tasks;
import io.modelwright.desktop.history.TrainingRun;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/** The overfitting view: pick a numeric setting and a range; train over it; plot fit against test score. */
public final class OverfittingViewModel {
    private final TrainingRun run;
    private final Executor executor;
    private final ErrorSink errors;
    private final List<Hyperparameter> settings;
    private final ObjectProperty<Hyperparameter> setting = new SimpleObjectProperty<>();
    private final StringProperty from = new SimpleStringProperty("1");
    private final StringProperty to = new SimpleStringProperty("10");
    private final StringProperty steps = new SimpleStringProperty("10");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<FitPoint> points = FXCollections.observableArrayList();
    private final BooleanBinding canRun;
    private Worker<List<FitPoint>> worker;

    public OverfittingViewModel(TrainingRun run, Executor executor, ErrorSink errors) {
        this.run = run;
        this.executor = executor;
        this.errors = errors;
        this.settings = run.request().algorithm().hyperparameters().stream().filter(Hyperparameter::isNumber).toList();
        setting.addListener((observable, old, chosen) -> suggestRange(chosen));
        setting.set(settings.stream().filter(h -> h.name().equals("maxDepth")).findFirst()
                .orElse(settings.isEmpty() ? null : settings.get(0)));
        canRun = Bindings.createBooleanBinding(() -> setting.get() != null && !busy.get() && values() != null,
                setting, from, to, steps, busy);
    }

    private void suggestRange(Hyperparameter chosen) {
        if (chosen == null) {
            return;
        }
        double low = Double.isFinite(chosen.min()) ? chosen.min() : 0;
        double high = Double.isFinite(chosen.max()) ? Math.min(chosen.max(), low + 15) : low + 15;
        from.set(InputText.of(Math.max(low, chosen.isInteger() ? 1 : low)));
        to.set(InputText.of(high));
        steps.set(chosen.isInteger() ? Long.toString(Math.min(12, Math.round(high - Math.max(low, 1)) + 1)) : "10");
    }

    /** @return the values to try, or null when the range is not valid */
    List<Double> values() {
        try {
            double a = Double.parseDouble(from.get().trim());
            double b = Double.parseDouble(to.get().trim());
            int n = Integer.parseInt(steps.get().trim());
            if (n < 2 || n > 30 || b <= a) {
                return null;
            }
            List<Double> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double v = a + (b - a) * i / (n - 1);
                v = setting.get() != null && setting.get().isInteger() ? Math.round(v) : v;
                if (out.isEmpty() || out.get(out.size() - 1) != v) {
                    out.add(v);
                }
            }
            return out;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Trains over the range in the background. */
    public void draw() {
        if (!canRun.get()) {
            return;
        }
        busy.set(true);
        points.clear();
        String name = setting.get().name();
        List<Double> values = values();
        worker = Tasks.<List<FitPoint>>create((listener, cancel) ->
                        FittingCurve.compute(run.request(), name, values, listener, cancel))
                .onSuccess(done -> {
                    finish();
                    points.setAll(done);
                    message.set(summary(done));
                })
                .onCancelled(() -> {
                    finish();
                    message.set("Stopped.");
                })
                .onError(Throwable.class, error -> {
                    finish();
                    errors.show(error);
                })
                .runOn(executor);
        progress.bind(worker.progressProperty());
        message.bind(worker.messageProperty());
    }

    private void finish() {
        busy.set(false);
        progress.unbind();
        message.unbind();
    }

    public void cancel() {
        if (worker != null) {
            worker.cancel();
        }
    }

    /** @return one sentence on where new rows were predicted best */
    String summary(List<FitPoint> done) {
        boolean higherBetter = run.result().task() == io.modelwright.core.train.Task.CLASSIFICATION;
        FitPoint best = done.get(0);
        for (FitPoint p : done) {
            if (higherBetter ? p.testScore() > best.testScore() : p.testScore() < best.testScore()) {
                best = p;
            }
        }
        FitPoint last = done.get(done.size() - 1);
        return String.format(Locale.ROOT, "New rows were predicted best at %s = %s (%s %.3f). At %s the fit to the "
                        + "learned rows is %.3f but new rows get %.3f: the bigger that gap, the more the model memorises.",
                setting.get().name(), InputText.of(best.value()), metric(), best.testScore(), InputText.of(last.value()),
                last.fitScore(), last.testScore());
    }

    public String metric() {
        return FittingCurve.metricName(run.result().task());
    }

    public String title() {
        return "Overfitting: " + run.title();
    }

    public List<Hyperparameter> settings() {
        return settings;
    }

    public ObjectProperty<Hyperparameter> settingProperty() {
        return setting;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty stepsProperty() {
        return steps;
    }

    public BooleanBinding canRun() {
        return canRun;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<FitPoint> points() {
        return points;
    }

    /** How a number reads in a field: no ".0" on whole numbers. */
    static final class InputText {
        private InputText() {
        }

        static String of(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                    : String.format(Locale.ROOT, "%.4g", v);
        }
    }
}
