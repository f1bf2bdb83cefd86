package io.modelwright.desktop.train;

import io.modelwright.core.train.AlgorithmCatalog;
import io.modelwright.core.train.AlgorithmSpec;
import io.modelwright.core.train.Task;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingRequestException;
import io.modelwright.desktop.common.BackgroundWork;
import io.modelwright.desktop.common.ErrorSink;
import io.modelwright.desktop.common.Tasks;
import io.modelwright.desktop.data.ColumnRoles;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.concurrent.Worker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The Train screen's state and commands: task, algorithm and its settings form, validation, and the Train and
 * Compare commands. Both build {@link TrainingRequest}s through the same builder as the CLI and run in one
 * background job: Train in a worker process ({@link TrainingRunner#isolated()}, so Cancel stops at once), Compare
 * on core's ModelComparison in this JVM ({@link ComparisonJob}; Cancel takes effect between folds).
 */
public final class TrainViewModel {
    private final ColumnRoles roles;
    private final Executor executor;
    private final ErrorSink errors;
    private final Consumer<List<CompletedTraining>> onTrained;
    private final TrainingRunner runner;
    private final TrainingSettings settings = new TrainingSettings();
    private final TrainingProgress progress = new TrainingProgress();
    private final ObjectProperty<Task> task = new SimpleObjectProperty<>();
    private final ObservableList<AlgorithmSpec> algorithms = FXCollections.observableArrayList();
    private final ObjectProperty<AlgorithmSpec> algorithm = new SimpleObjectProperty<>();
    private final ObservableList<HyperparameterField> fields = FXCollections.observableArrayList(
            field -> new Observable[]{field.errorProperty()});
    private final ObservableSet<AlgorithmSpec> ticked = FXCollections.observableSet();
    private final StringBinding blocker;
    private Worker<List<CompletedTraining>> current;

    public TrainViewModel(ColumnRoles roles, Executor executor, ErrorSink errors,
                          Consumer<List<CompletedTraining>> onTrained) {
        this(roles, executor, errors, onTrained, TrainingRunner.isolated());
    }

    /** @param runner where Train runs: a worker process in the app, this JVM in quick tests */
    public TrainViewModel(ColumnRoles roles, Executor executor, ErrorSink errors,
                          Consumer<List<CompletedTraining>> onTrained, TrainingRunner runner) {
        this.roles = roles;
        this.runner = runner;
        this.executor = executor;
        this.errors = errors;
        this.onTrained = onTrained;
        task.addListener((observable, old, chosen) -> taskChanged(chosen));
        algorithm.addListener((observable, old, chosen) -> fields.setAll(chosen == null ? List.of()
                : chosen.hyperparameters().stream().map(HyperparameterField::new).toList()));
        task.set(roles.suggestedTaskProperty().get());
        roles.suggestedTaskProperty().addListener((observable, old, suggested) -> task.set(suggested));
        blocker = Bindings.createStringBinding(this::whyNotTrain, task, algorithm, fields, roles.targetProperty(),
                settings.seedError());
    }

    private void taskChanged(Task chosen) {
        ticked.clear();
        algorithms.setAll(chosen == null ? List.of() : AlgorithmCatalog.forTask(chosen));
        algorithm.set(chosen == null ? null : AlgorithmCatalog.defaultFor(chosen));
    }

    private String whyNotTrain() {
        if (task.get() != null && task.get().needsTarget() && roles.targetProperty().get() == null) {
            return "Pick the column to predict (the target) on the Data screen first.";
        }
        if (algorithm.get() == null) {
            return "Pick an algorithm.";
        }
        if (fields.stream().anyMatch(field -> !field.isValid())) {
            return "Fix the settings marked in red.";
        }
        return settings.seedError().get();
    }

    /** Trains the chosen algorithm with the form's settings. */
    public void train() {
        if (canTrain().get()) {
            TrainingRequest.Builder request = requestBuilder(algorithm.get(), changedSettings());
            start(() -> new TrainingJob(List.of(request.build()), runner));
        }
    }

    /** Trains every ticked algorithm with its defaults on the same folds and seed (core's ModelComparison). */
    public void compare() {
        if (canCompare().get()) {
            List<String> ids = algorithms.filtered(ticked::contains).stream().map(AlgorithmSpec::id).toList();
            TrainingRequest.Builder request = requestBuilder(algorithm.get(), Map.of());
            start(() -> new ComparisonJob(request.build(), ids));
        }
    }

    /** Stops the running job: the screen is idle at once; a worker process is killed, in-JVM work stops at its next check. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /** @return the request for one algorithm, as the CLI would build it from the same choices */
    TrainingRequest request(AlgorithmSpec spec, Map<String, String> values) {
        return requestBuilder(spec, values).build();
    }

    /** @return the form's choices, read here on the JavaFX thread; {@code build()} checks them against the data */
    private TrainingRequest.Builder requestBuilder(AlgorithmSpec spec, Map<String, String> values) {
        return TrainingRequest.builder().table(roles.table()).target(roles.targetProperty().get()).task(task.get())
                .algorithm(spec.id()).hyperparameters(values).seed(settings.parseSeed())
                .validation(settings.validation()).stratify(settings.stratifyProperty().get())
                .ignore(roles.ignoredColumns());
    }

    private Map<String, String> changedSettings() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.stream().filter(HyperparameterField::changed).forEach(f -> values.put(f.name(), f.textProperty().get().trim()));
        return values;
    }

    /**
     * Builds a job from the form's choices; building checks the request against the data, as the CLI does. That
     * runs in the background with the job: on a 1M-row target, counting its classes took 12-117 ms.
     */
    private interface JobSource {
        BackgroundWork<List<CompletedTraining>> job();
    }

    private void start(JobSource source) {
        progress.started();
        current = Tasks.<List<CompletedTraining>>create((listener, token) -> source.job().run(listener, token))
                .onSuccess(this::succeeded)
                .onError(TrainingRequestException.class, this::refused)
                .onError(Throwable.class, this::failed)
                .onCancelled(this::cancelled)
                .runOn(executor);
        if (current.isRunning() || current.getState() == Worker.State.READY
                || current.getState() == Worker.State.SCHEDULED) {
            progress.follow(current);
        }
    }

    /** The data or the choices do not allow this training (e.g. a target with one class): says why. */
    private void refused(TrainingRequestException problem) {
        current = null;
        progress.finished(TrainingState.FAILED, "Training did not start.");
        errors.show(problem);
    }

    private void succeeded(List<CompletedTraining> done) {
        current = null;
        progress.finished(TrainingState.SUCCEEDED, done.size() == 1 ? "Trained in " + progress.elapsedText() + "."
                : "Compared " + done.size() + " models in " + progress.elapsedText() + ".");
        onTrained.accept(done);
    }

    private void failed(Throwable error) {
        current = null;
        progress.finished(TrainingState.FAILED, "Training failed.");
        errors.show(error);
    }

    private void cancelled() {
        current = null;
        progress.finished(TrainingState.CANCELLED, "Training was cancelled.");
    }

    /** @return why Train is not possible now, in words; empty when it is */
    public StringBinding blockerProperty() {
        return blocker;
    }

    public BooleanBinding canTrain() {
        return blocker.isEmpty().and(progress.busy().not());
    }

    /** @return true when at least two algorithms are ticked and training is possible */
    public BooleanBinding canCompare() {
        return canTrain().and(Bindings.size(ticked).greaterThanOrEqualTo(2));
    }

    public ObjectProperty<Task> taskProperty() {
        return task;
    }

    public ObservableList<AlgorithmSpec> algorithms() {
        return algorithms;
    }

    public ObjectProperty<AlgorithmSpec> algorithmProperty() {
        return algorithm;
    }

    /** @return the settings form of the chosen algorithm */
    public ObservableList<HyperparameterField> fields() {
        return fields;
    }

    /** @return the algorithms ticked for Compare */
    public ObservableSet<AlgorithmSpec> ticked() {
        return ticked;
    }

    public TrainingSettings settings() {
        return settings;
    }

    public TrainingProgress progress() {
        return progress;
    }

    public ColumnRoles roles() {
        return roles;
    }
}
