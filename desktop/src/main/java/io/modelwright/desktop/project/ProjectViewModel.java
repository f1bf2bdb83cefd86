package io.modelwright.desktop.project;

import io.modelwright.core.ModelwrightException;
import io.modelwright.core.data.ImportOptions;
import io.modelwright.core.data.ImportResult;
import io.modelwright.core.experiment.ProjectData;
import io.modelwright.core.experiment.ProjectRecorder;
import io.modelwright.core.project.Project;
import io.modelwright.core.project.RunRecord;
import io.modelwright.core.project.RunSummary;
import io.modelwright.core.train.MetricsCalculator;
import io.modelwright.core.train.StandardMetricsCalculator;
import io.modelwright.core.train.Task;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;
import io.modelwright.desktop.common.ErrorSink;
import io.modelwright.desktop.common.Tasks;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The open project file, if any: creating and opening one, saving each finished run into it, and its saved runs.
 * All file work runs in the background; without a project, runs stay in memory only.
 */
public final class ProjectViewModel {
    private static final MetricsCalculator METRICS = new StandardMetricsCalculator();
    static final String NOT_SAVED = "Not saved: File → New project to keep your runs.";
    /** Project files are SQLite databases: one writer at a time, also when runs finish close together. */
    private static final Object WRITE_LOCK = new Object();

    private final Executor executor;
    private final ErrorSink errors;
    private final Consumer<Path> openData;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RunSummary> runs = FXCollections.observableArrayList();
    private final ObservableList<RunSummary> readOnlyRuns = FXCollections.unmodifiableObservableList(runs);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RunRecord> selected = new ReadOnlyObjectWrapper<>();
    private final StringBinding status;
    private final StringBinding selectedDetails;

    /** @param openData opens the project's data file in the app, as File → Open CSV would */
    public ProjectViewModel(Executor executor, ErrorSink errors, Consumer<Path> openData) {
        this.executor = executor;
        this.errors = errors;
        this.openData = openData;
        this.status = Bindings.createStringBinding(() -> file.get() == null ? NOT_SAVED
                : "Every run is saved in " + file.get().getFileName() + ".", file);
        this.selectedDetails = Bindings.createStringBinding(() -> details(selected.get()), selected);
    }

    /** Creates an empty project; runs trained from now on are saved in it. */
    public void create(Path target) {
        Path projectFile = withExtension(target);
        Tasks.create(() -> {
            Project.create(projectFile).close();
            return projectFile;
        }).onSuccess(created -> {
            file.set(created);
            runs.clear();
            selected.set(null);
            notice.set("");
        }).onError(Throwable.class, errors::show).runOn(executor);
    }

    /** Opens a project: lists its runs and opens its data (or says in words why the data cannot be used). */
    public void open(Path projectFile) {
        Tasks.create(() -> read(projectFile)).onSuccess(opened -> {
            file.set(projectFile);
            runs.setAll(opened.runs());
            selected.set(null);
            notice.set(String.join(" ", opened.notes()));
            if (!opened.notes().isEmpty()) {
                errors.show(new ModelwrightException(notice.get() + " The project's runs are listed in History."));
            }
            opened.dataFile().ifPresent(openData);
        }).onError(Throwable.class, errors::show).runOn(executor);
    }

    private static Opened read(Path projectFile) {
        try (Project project = Project.open(projectFile)) {
            List<RunSummary> saved = project.listRuns();
            try {
                ProjectData data = ProjectData.load(project, Map.of(), false);
                return new Opened(saved, Optional.of(data.file()), data.notes());
            } catch (ModelwrightException e) {
                // The runs are still worth seeing without their data.
                return new Opened(saved, Optional.empty(), List.of(e.getMessage()));
            }
        }
    }

    /**
     * Saves a finished run in the open project, in the background. Runs without a final model (Compare) and
     * runs made while no project is open are kept in memory only.
     */
    public void record(ImportResult data, TrainingRequest request, TrainingResult result) {
        Path projectFile = file.get();
        if (projectFile == null || data == null || data.file() == null || result.model() == null) {
            return;
        }
        Tasks.create(() -> {
            synchronized (WRITE_LOCK) {
                ProjectRecorder.record(projectFile, data.file(), data.dialect(), ImportOptions.detect(), request,
                        result, null);
                try (Project project = Project.open(projectFile)) {
                    return project.listRuns();
                }
            }
        }).onSuccess(saved -> {
            if (projectFile.equals(file.get())) {
                runs.setAll(saved);
            }
        }).onError(Throwable.class, errors::show).runOn(executor);
    }

    /** Loads a saved run's full record (model included) only when a person picks it. */
    public void select(RunSummary run) {
        Path projectFile = file.get();
        if (run == null || projectFile == null) {
            selected.set(null);
            return;
        }
        Tasks.create(() -> {
            try (Project project = Project.open(projectFile)) {
                return project.loadRun(run.runId());
            }
        }).onSuccess(selected::set).onError(Throwable.class, errors::show).runOn(executor);
    }

    /** @return "accuracy 0.953": the metric the leaderboard ranks this kind of run by */
    public static String mainMetricText(RunSummary run) {
        String metric;
        try {
            metric = METRICS.mainMetric(Task.fromId(run.task()));
        } catch (RuntimeException unknownTask) {
            metric = run.metrics().keySet().stream().findFirst().orElse("");
        }
        Double value = run.metrics().get(metric);
        return value == null ? "" : String.format(Locale.ROOT, "%s %.3f", metric, value);
    }

    static String details(RunRecord run) {
        if (run == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(run.algorithm()).append(" (").append(run.validation())
                .append(", seed ").append(run.seed()).append(")");
        if (!run.hyperparameters().isEmpty()) {
            text.append(" with ").append(run.hyperparameters());
        }
        run.metrics().forEach((metric, value) -> text.append(String.format(Locale.ROOT, "; %s %.3f", metric,
                value.value())));
        return text.append(". Model: ").append(run.model().length / 1024 + 1).append(" KB.").toString();
    }

    static Path withExtension(Path target) {
        String name = target.getFileName().toString();
        return name.endsWith(Project.EXTENSION) ? target : target.resolveSibling(name + Project.EXTENSION);
    }

    /** @return the open project file, or null */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** @return the project's name without {@code .mwproj}, or null when none is open */
    public String name() {
        if (file.get() == null) {
            return null;
        }
        String name = file.get().getFileName().toString();
        return name.endsWith(Project.EXTENSION) ? name.substring(0, name.length() - Project.EXTENSION.length()) : name;
    }

    /** @return the runs saved in the project, oldest first; read-only */
    public ObservableList<RunSummary> runs() {
        return readOnlyRuns;
    }

    /** @return where runs go: "Not saved: …" or "Every run is saved in iris.mwproj." */
    public StringBinding status() {
        return status;
    }

    /** @return what a person should know about the project's data (changed, missing, embedded copy used) */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** @return what the saved run picked last holds, in one paragraph; empty until one is picked */
    public StringBinding selectedDetails() {
        return selectedDetails;
    }

    /** @return the full record of the saved run picked last, or null */
    public ReadOnlyObjectProperty<RunRecord> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    private record Opened(List<RunSummary> runs, Optional<Path> dataFile, List<String> notes) {
    }
}
