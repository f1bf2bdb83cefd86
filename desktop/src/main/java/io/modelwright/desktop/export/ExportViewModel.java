package io.modelwright.desktop.export;

import io.modelwright.core.export.ArtifactExporter;
import io.modelwright.core.export.ExportRequest;
import io.modelwright.core.export.ExportResult;
import io.modelwright.core.train.OutOfFoldPrediction;
import io.modelwright.desktop.common.ErrorSink;
import io.modelwright.desktop.common.Tasks;
import io.modelwright.desktop.history.TrainingRun;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * The export wizard: pick a run, name and describe the model, choose a folder; then the export (written and
 * verified in the background, with progress and cancel); then what came out, in words, with the commands to use it
 * and a button that starts the exported scorer.
 */
public final class ExportViewModel {
    /** Where the wizard is. */
    public enum Step { DETAILS, EXPORTING, DONE }

    private final ObservableList<TrainingRun> runs;
    private final Path dataFile;
    private final Path exportsFolder;
    private final Executor executor;
    private final ErrorSink errors;
    private final ObjectProperty<TrainingRun> run = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty version = new SimpleStringProperty("1");
    private final StringProperty intendedUse = new SimpleStringProperty("");
    private final StringProperty limitations = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.DETAILS);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ExportResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper scorerUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scorerState = new ReadOnlyStringWrapper("");
    private final ObservableList<String> files = FXCollections.observableArrayList();
    private final BooleanBinding canExport;
    private Worker<ExportResult> worker;
    private LocalScorer scorer;

    /**
     * @param runs          runs that can be exported (with a final model); the last one is chosen
     * @param dataFile      the CSV the runs were trained on (fingerprinted), or null
     * @param exportsFolder where new artifact folders are suggested
     */
    public ExportViewModel(List<TrainingRun> runs, TrainingRun selected, Path dataFile, Path exportsFolder,
                           Executor executor, ErrorSink errors) {
        this.runs = FXCollections.observableArrayList(runs.stream().filter(r -> r.result().model() != null).toList());
        this.dataFile = dataFile;
        this.exportsFolder = exportsFolder;
        this.executor = executor;
        this.errors = errors;
        run.addListener((observable, old, now) -> suggest(now));
        run.set(selected != null && this.runs.contains(selected) ? selected
                : this.runs.isEmpty() ? null : this.runs.get(this.runs.size() - 1));
        canExport = Bindings.createBooleanBinding(() -> run.get() != null && validName(name.get())
                        && !version.get().isBlank() && !folder.get().isBlank() && step.get() == Step.DETAILS,
                run, name, version, folder, step);
        name.addListener((observable, old, now) -> {
            problem.set(validName(now) ? "" : "Use letters, digits, '-', '_' or '.' in the name (it becomes part of URLs).");
            if (folder.get().equals(suggestedFolder(old, version.get()))) {
                folder.set(suggestedFolder(now, version.get()));
            }
        });
    }

    static boolean validName(String name) {
        return name != null && name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    }

    /** Pre-fills the name, the intended use and the limitations from what is known about the run. */
    private void suggest(TrainingRun chosen) {
        if (chosen == null) {
            return;
        }
        String target = chosen.request().target();
        String base = dataFile == null ? "model" : dataFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String suggested = (base + (target == null ? "" : "-" + target)).replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^[^A-Za-z0-9]+", "");
        name.set(suggested.isEmpty() ? "model" : suggested.length() > 63 ? suggested.substring(0, 63) : suggested);
        folder.set(suggestedFolder(name.get(), version.get()));
        String source = dataFile == null ? "the training data" : dataFile.getFileName().toString();
        String what = target == null ? chosen.result().task().id() + " of rows" : "the " + target;
        intendedUse.set("Predicts " + what + " from " + String.join(", ", chosen.result().featureColumns())
                + ", for rows like those in " + source + ". Made for learning and exploration.");
        limitations.set(String.format(Locale.ROOT, "Learned from %,d rows of %s; %s %s %.3f ± %.3f (%s). Values outside "
                        + "the training ranges, or data collected another way, may give poor predictions. "
                        + "Check it on new data before relying on it, and do not use it alone for decisions about people.",
                chosen.result().rowsUsed(), source, chosen.mainMetric(), "was", chosen.mainMean(), chosen.mainStd(),
                chosen.validationText()));
    }

    private String suggestedFolder(String modelName, String modelVersion) {
        return exportsFolder.resolve(modelName + "-" + modelVersion).toString();
    }

    /** Writes and verifies the artifact in the background. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        Path target = Path.of(folder.get().trim());
        if (Files.isDirectory(target) && !isEmpty(target)) {
            problem.set("The folder " + target + " is not empty. Choose a new folder, or empty this one.");
            return;
        }
        problem.set("");
        TrainingRun chosen = run.get();
        ExportDetails details = new ExportDetails(name.get().trim(), version.get().trim(), intendedUse.get().trim(),
                limitations.get().trim());
        step.set(Step.EXPORTING);
        message.set("Preparing the held-out rows");
        worker = Tasks.<ExportResult>create((listener, cancel) -> {
                    ExportRequest request = RunExportRequests.from(chosen, details, dataFile);
                    cancel.throwIfCancelled();
                    return new ArtifactExporter().export(request, target, listener, cancel);
                })
                .onSuccess(this::exported)
                .onCancelled(() -> {
                    step.set(Step.DETAILS);
                    problem.set("Export cancelled; nothing was written.");
                })
                .onError(Throwable.class, error -> {
                    step.set(Step.DETAILS);
                    problem.set("Export failed; nothing was written.");
                    errors.show(error);
                })
                .runOn(executor);
        progress.bind(worker.progressProperty());
        message.bind(worker.messageProperty());
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private void exported(ExportResult done) {
        progress.unbind();
        message.unbind();
        result.set(done);
        files.setAll(done.files());
        step.set(Step.DONE);
    }

    public void cancel() {
        if (worker != null) {
            worker.cancel();
        }
    }

    /** Starts the exported scorer as its own process. @param port 0 for any free port */
    public void startScorer(int port) {
        ExportResult done = result.get();
        if (done == null || scorer != null) {
            return;
        }
        scorerState.set("Starting the scorer…");
        Tasks.create(() -> LocalScorer.start(done.artifactDir(), port))
                .onSuccess(started -> {
                    scorer = started;
                    scorerUrl.set(started.url());
                    scorerState.set("Running at " + started.url() + " (stops when Modelwright closes)");
                })
                .onError(Throwable.class, error -> {
                    scorerState.set("The scorer did not start.");
                    errors.show(error);
                })
                .runOn(executor);
    }

    public void stopScorer() {
        if (scorer != null) {
            LocalScorer running = scorer;
            scorer = null;
            scorerUrl.set("");
            scorerState.set("Stopped.");
            Tasks.create(() -> {
                running.stop();
                return null;
            }).runOn(executor);
        }
    }

    /** Opens the artifact folder in the system's file manager, if there is one. */
    public void openFolder() {
        if (result.get() != null) {
            open(result.get().artifactDir().toUri());
        }
    }

    /** Opens the running scorer's page (a form to try the model) in the browser. */
    public void openScorerPage() {
        if (!scorerUrl.get().isEmpty()) {
            open(java.net.URI.create(scorerUrl.get() + "/"));
        }
    }

    // AWT's Desktop may block for a while, so it runs in the background; headless machines have none.
    private void open(java.net.URI uri) {
        Tasks.create(() -> {
                    if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()
                            && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                        java.awt.Desktop.getDesktop().browse(uri);
                        return "";
                    }
                    return "This computer cannot open it from here; open " + uri + " yourself.";
                })
                .onSuccess(note -> {
                    if (!note.isEmpty()) {
                        scorerState.set(note);
                    }
                })
                .onError(Throwable.class, error -> scorerState.set("Could not open " + uri + ": " + error.getMessage()))
                .runOn(executor);
    }

    /** @return the verification in words, or "" before an export */
    public String verificationText() {
        return result.get() == null ? "" : VerificationText.headline(result.get().verification());
    }

    public String verificationDetails() {
        return result.get() == null ? "" : VerificationText.details(result.get().verification());
    }

    /** @return a command that scores the example request against a running scorer */
    public String curlCommand() {
        Path dir = result.get() == null ? Path.of("ARTIFACT") : result.get().artifactDir();
        String url = scorerUrl.get().isEmpty() ? "http://127.0.0.1:8080" : scorerUrl.get();
        return "curl -s -H 'Content-Type: application/json' --data @'" + dir.resolve("examples/request.json")
                + "' " + url + "/invocations";
    }

    /** @return commands that build and run the artifact's container image */
    public String dockerCommand() {
        Path dir = result.get() == null ? Path.of("ARTIFACT") : result.get().artifactDir();
        String image = name.get().toLowerCase(Locale.ROOT) + ":" + version.get();
        return "cd '" + dir + "' && docker build -f docker/Dockerfile -t " + image + " . && docker run --rm -p 8080:8080 "
                + image;
    }

    /** @return the run's held-out row count, e.g. for "1,000 rows will be checked" */
    public String checkPlan() {
        TrainingRun chosen = run.get();
        if (chosen == null) {
            return "There is no trained model to export yet: train one first.";
        }
        long validated = chosen.result().outOfFold().stream().map(OutOfFoldPrediction::row).distinct().count();
        long checked = Math.min(RunExportRequests.MAX_HELD_OUT, validated == 0 ? chosen.request().table().rowCount()
                : validated);
        return String.format(Locale.ROOT, "After writing, the exported scorer is started on its own and must give "
                + "the app's answers for %,d held-out rows.", checked);
    }

    public ObservableList<TrainingRun> runs() {
        return runs;
    }

    public ObjectProperty<TrainingRun> runProperty() {
        return run;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty versionProperty() {
        return version;
    }

    public StringProperty intendedUseProperty() {
        return intendedUse;
    }

    public StringProperty limitationsProperty() {
        return limitations;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public BooleanBinding canExport() {
        return canExport;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<String> files() {
        return files;
    }

    public ReadOnlyStringProperty scorerUrlProperty() {
        return scorerUrl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scorerStateProperty() {
        return scorerState.getReadOnlyProperty();
    }
}
