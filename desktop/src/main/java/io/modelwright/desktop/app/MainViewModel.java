package io.modelwright.desktop.app;

import io.modelwright.core.data.ImportResult;
import io.modelwright.core.project.Project;
import io.modelwright.desktop.common.ErrorSink;
import io.modelwright.desktop.data.DataViewModel;
import io.modelwright.desktop.history.HistoryViewModel;
import io.modelwright.desktop.history.RunHistory;
import io.modelwright.desktop.history.TrainingRun;
import io.modelwright.desktop.project.ProjectViewModel;
import io.modelwright.desktop.common.Tasks;
import io.modelwright.desktop.results.ResultsViewModel;
import io.modelwright.desktop.train.CompletedTraining;
import io.modelwright.desktop.train.TrainViewModel;
import io.modelwright.desktop.tryit.TryItViewModel;
import io.modelwright.desktop.export.ExportViewModel;
import io.modelwright.desktop.lessons.LessonViewModel;
import io.modelwright.core.lesson.Lesson;
import io.modelwright.desktop.data.ColumnRole;
import io.modelwright.desktop.data.LoadingViewModel;
import io.modelwright.desktop.start.DatasetOpener;
import io.modelwright.desktop.start.RecentFiles;
import io.modelwright.desktop.start.SampleDataset;
import io.modelwright.desktop.start.SampleLibrary;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import javafx.beans.binding.BooleanBinding;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The main window's state: which screen shows, the dataset in hand, and the commands that open data.
 * Every way of opening a file (Start screen, File menu, drag and drop, command line) comes through here.
 */
public final class MainViewModel implements DatasetOpener {
    static final String APP_NAME = "Modelwright";

    private final LoadingViewModel loading;
    private final SampleLibrary samples;
    private final RecentFiles recentFiles;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.START);
    private final ObjectProperty<DataViewModel> data = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty(APP_NAME);
    private final ObjectProperty<TrainViewModel> train = new SimpleObjectProperty<>();
    private final ObjectProperty<ResultsViewModel> results = new SimpleObjectProperty<>();
    private final ObjectProperty<TryItViewModel> tryIt = new SimpleObjectProperty<>();
    private final RunHistory history = new RunHistory();
    private final HistoryViewModel historyViewModel = new HistoryViewModel(history, this::showResults);
    private final Executor executor;
    private Path dataFile;
    private final ObjectProperty<LessonViewModel> lesson = new SimpleObjectProperty<>();
    private Lesson pendingLesson;
    private final ErrorSink errors;
    private final ProjectViewModel project;
    private ImportResult loadedImport;
    private volatile OpenedTable prepared;
    private volatile Consumer<DataViewModel> screenPreparation = opened -> { };

    /** What the loading thread built for the table it loaded, handed over to the JavaFX thread. */
    private record OpenedTable(ImportResult loaded, DataViewModel data, TrainViewModel train) {
    }

    public MainViewModel(LoadingViewModel loading, SampleLibrary samples, RecentFiles recentFiles, Executor executor,
                         ErrorSink errors) {
        this.loading = loading;
        this.samples = samples;
        this.recentFiles = recentFiles;
        this.executor = executor;
        this.errors = errors;
        this.project = new ProjectViewModel(executor, errors, this::open);
        project.fileProperty().addListener((observable, old, file) -> {
            screen.set(Screen.HISTORY);
            updateTitle();
        });
        loading.prepareEachLoad(this::prepare);
        loading.resultProperty().addListener((observable, old, loaded) -> {
            if (loaded != null) {
                showLoaded(loaded);
            }
        });
    }

    /**
     * Runs on the loading thread once a table is read: builds the Data and Train screens' models and, through
     * {@link #prepareScreensWith}, the Data screen itself. Done on the JavaFX thread, that was 20-30 ms of the
     * frame that shows the table (bench/run-ui.sh -Dui.gaps).
     */
    private void prepare(ImportResult loaded) {
        DataViewModel opened = new DataViewModel(loaded);
        TrainViewModel training = new TrainViewModel(opened.roles(), executor, errors, this::trained);
        screenPreparation.accept(opened);
        prepared = new OpenedTable(loaded, opened, training);
    }

    /**
     * Sets what the window builds on the loading thread for each table's Data screen, before the table is shown.
     * It must not touch the live scene.
     */
    public void prepareScreensWith(Consumer<DataViewModel> preparation) {
        screenPreparation = Objects.requireNonNull(preparation);
    }

    private void showLoaded(ImportResult loaded) {
        OpenedTable table = prepared;
        prepared = null;
        if (table == null || table.loaded() != loaded) {
            // Not prepared for this table (a cancelled load's preparation finished late): build it here.
            DataViewModel fresh = new DataViewModel(loaded);
            table = new OpenedTable(loaded, fresh, new TrainViewModel(fresh.roles(), executor, errors, this::trained));
        }
        DataViewModel opened = table.data();
        dataFile = loaded.file();
        loadedImport = loaded;
        results.set(null);
        tryIt.set(null);
        train.set(table.train());
        data.set(opened);
        if (pendingLesson != null) {
            beginLesson(opened);
        }
        screen.set(Screen.DATA);
        updateTitle();
        if (loaded.file() != null && !samples.isSampleCopy(loaded.file())) {
            recentFiles.add(loaded.file());
        }
    }

    /** Opens a lesson: loads its dataset, then shows its side panel with the target and settings it fixes. */
    public void startLesson(Lesson chosen) {
        lesson.set(null);
        pendingLesson = chosen;
        samples.samples().stream().filter(s -> s.fileName().equals(chosen.dataset())).findFirst()
                .ifPresentOrElse(this::openSample, () -> open(Path.of(chosen.dataset())));
    }

    private void beginLesson(DataViewModel opened) {
        Lesson chosen = pendingLesson;
        pendingLesson = null;
        for (String column : chosen.ignore()) {
            if (opened.roles().columnNames().contains(column)) {
                opened.roles().setRole(column, ColumnRole.IGNORE);
            }
        }
        if (chosen.target() != null) {
            opened.roles().targetProperty().set(chosen.target());
        }
        lesson.set(new LessonViewModel(chosen, train::get, errors));
    }

    /** Hides the lesson panel; the data and runs stay. */
    public void endLesson() {
        lesson.set(null);
    }

    /** @return the lesson on show, or null */
    public ReadOnlyObjectProperty<LessonViewModel> lessonProperty() {
        return lesson;
    }

    @Override
    public void open(Path file) {
        loading.load(file);
    }

    @Override
    public void openSample(SampleDataset sample) {
        loading.load(sample.fileName(), () -> samples.extract(sample));
    }

    /** Opens a project ({@code .mwproj}) or a data file, whichever the file is: command line, drag and drop. */
    public void openAny(Path file) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(Project.EXTENSION)) {
            openProject(file);
        } else {
            open(file);
        }
    }

    /** Opens a {@code .mwproj} project: its runs fill History, its data opens as a file would. */
    public void openProject(Path file) {
        project.open(file);
    }

    /** Creates a project; every run trained from now on is saved in it. */
    public void newProject(Path file) {
        project.create(file);
    }

    /** Goes back to the Start screen (the loaded data stays until another file is opened). */
    public void showStart() {
        screen.set(Screen.START);
        updateTitle();
    }

    /** "iris.csv – my-project – Modelwright": the data, the project, the app; each only when there is one. */
    private void updateTitle() {
        StringBuilder text = new StringBuilder();
        if (data.get() != null && screen.get() != Screen.START) {
            text.append(data.get().fileName()).append(" – ");
        }
        if (project.name() != null) {
            text.append(project.name()).append(" – ");
        }
        title.set(text.append(APP_NAME).toString());
    }

    /** Records finished runs; one run opens its Results, several (Compare) open the leaderboard. */
    private void trained(List<CompletedTraining> done) {
        TrainingRun last = null;
        for (CompletedTraining training : done) {
            last = history.record(training.request().algorithm().displayName(), training.request(), training.result());
            project.record(loadedImport, training.request(), training.result());
        }
        if (done.size() == 1) {
            showResults(last);
        } else {
            screen.set(Screen.HISTORY);
        }
    }

    /**
     * Shows the Results screen for a run. Curves, calibration and the confusion matrix are computed in the
     * background: on a million out-of-fold rows that takes about a second, which must not freeze the window.
     */
    public void showResults(TrainingRun run) {
        Tasks.create(() -> new ResultsViewModel(run, run.request().table()))
                .onSuccess(ready -> {
                    results.set(ready);
                    tryIt.set(run.result().model() == null ? null : new TryItViewModel(run, executor, errors));
                    if (tryIt.get() != null) {
                        tryIt.get().offerCellRows(ready.cellRows(), ready.cellCaptionProperty());
                    }
                    screen.set(Screen.RESULTS);
                })
                .onError(Throwable.class, errors::show)
                .runOn(executor);
    }

    /** Switches to a screen if it has something to show (Data needs a file, Results a run). */
    public void show(Screen target) {
        if (available(target).get()) {
            if (target == Screen.START) {
                showStart();
            } else {
                screen.set(target);
                updateTitle();
            }
        }
    }

    /** @return true while the screen has something to show */
    public BooleanBinding available(Screen target) {
        return switch (target) {
            case START, HISTORY -> new SimpleObjectProperty<>(target).isNotNull();
            case DATA -> data.isNotNull();
            case TRAIN -> train.isNotNull();
            case RESULTS -> results.isNotNull();
            case TRY_IT -> tryIt.isNotNull();
        };
    }

    public ReadOnlyObjectProperty<TrainViewModel> trainProperty() {
        return train;
    }

    public ReadOnlyObjectProperty<ResultsViewModel> resultsProperty() {
        return results;
    }

    /** @return a new export wizard for the runs of this session, the run on show chosen */
    public ExportViewModel exportWizard() {
        TrainingRun shown = results.get() == null ? null : results.get().run();
        return new ExportViewModel(history.runs(), shown, dataFile,
                Path.of(System.getProperty("user.home"), "Modelwright models"), executor, errors);
    }

    /** @return true once a run with a model exists */
    public BooleanBinding canExport() {
        return javafx.beans.binding.Bindings.createBooleanBinding(
                () -> history.runs().stream().anyMatch(r -> r.result().model() != null), history.runs());
    }

    /** @return the Try it panel of the run on show, or null (no run yet, or a run without a final model) */
    public ReadOnlyObjectProperty<TryItViewModel> tryItProperty() {
        return tryIt;
    }

    public ProjectViewModel project() {
        return project;
    }

    public HistoryViewModel history() {
        return historyViewModel;
    }

    /** @return where background work runs (for windows opened from the main window) */
    public Executor executor() {
        return executor;
    }

    public ErrorSink errors() {
        return errors;
    }

    public LoadingViewModel loading() {
        return loading;
    }

    public SampleLibrary samples() {
        return samples;
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** @return the Data screen's model for the loaded file, or null before the first load */
    public ReadOnlyObjectProperty<DataViewModel> dataProperty() {
        return data;
    }

    /** @return the window title: the app name, with the open file's name in front */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }
}
