package io.modelwright.desktop.data;

import io.modelwright.core.data.ImportResult;
import io.modelwright.desktop.common.BackgroundPriority;
import io.modelwright.desktop.common.ErrorSink;
import io.modelwright.desktop.common.Tasks;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Worker;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Loads one file at a time in the background and exposes its progress, so the window never freezes.
 * Cancel stops the work (through core's cancellation token) and returns to idle; errors go to the error view.
 */
public final class LoadingViewModel {
    private final TableLoader loader;
    private final Executor executor;
    private final ErrorSink errors;

    private final ObjectProperty<LoadState> state = new SimpleObjectProperty<>(LoadState.IDLE);
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();
    private final StringProperty fileName = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty amountRead = new SimpleStringProperty("");
    // Held in a field: a binding only the view listens to would be garbage-collected and fall silent.
    private final BooleanBinding busy = state.isEqualTo(LoadState.LOADING);
    private Worker<ImportResult> current;
    private Consumer<ImportResult> preparation = loaded -> { };

    public LoadingViewModel(TableLoader loader, Executor executor, ErrorSink errors) {
        this.loader = loader;
        this.executor = executor;
        this.errors = errors;
    }

    /**
     * Sets work to run in the background on each table once it is loaded, before it is handed over
     * ({@link #resultProperty()}): the app builds there what shows the table, so that the JavaFX thread only has
     * to put it in the window. It runs on the loading thread; what it builds must not touch a live scene.
     */
    public void prepareEachLoad(Consumer<ImportResult> preparation) {
        this.preparation = Objects.requireNonNull(preparation);
    }

    /** Loads a file the person picked. */
    public void load(Path file) {
        load(file.getFileName().toString(), () -> file);
    }

    /**
     * Loads a file that must first be located or prepared (a bundled sample is extracted); that happens in
     * the background too.
     */
    public void load(String name, Callable<Path> locate) {
        cancel();
        fileName.set(name);
        state.set(LoadState.LOADING);
        Worker<ImportResult> worker = Tasks.<ImportResult>create((listener, token) -> {
                    // A big import and the compiling it sets off are the heaviest work competing with the window.
                    BackgroundPriority.lowerJvmBackgroundThreads();
                    ImportResult loaded = loader.load(locate.call(), listener, token);
                    token.throwIfCancelled();
                    preparation.accept(loaded);
                    return loaded;
                })
                .onSuccess(this::succeeded)
                .onError(Throwable.class, this::failed)
                .onCancelled(this::cancelled)
                .runOn(executor);
        if (worker.getState() == Worker.State.READY || worker.getState() == Worker.State.SCHEDULED
                || worker.getState() == Worker.State.RUNNING) {
            current = worker;
            follow(worker);
        }
    }

    /** Stops the current load, if any. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    private void follow(Worker<ImportResult> worker) {
        progress.bind(worker.progressProperty());
        message.bind(Bindings.when(worker.messageProperty().isEmpty())
                .then("Opening " + fileName.get() + "…").otherwise(worker.messageProperty()));
        amountRead.bind(Bindings.createStringBinding(
                () -> worker.getTotalWork() > 0
                        ? ByteSize.format((long) worker.getWorkDone()) + " of " + ByteSize.format((long) worker.getTotalWork())
                        : "",
                worker.workDoneProperty(), worker.totalWorkProperty()));
    }

    private void finished() {
        current = null;
        progress.unbind();
        message.unbind();
        amountRead.unbind();
        amountRead.set("");
    }

    private void succeeded(ImportResult loaded) {
        finished();
        result.set(loaded);
        message.set("Loaded " + fileName.get() + ".");
        state.set(LoadState.LOADED);
    }

    private void failed(Throwable error) {
        finished();
        message.set("Could not load " + fileName.get() + ".");
        state.set(LoadState.FAILED);
        errors.show(error);
    }

    private void cancelled() {
        finished();
        message.set("Loading " + fileName.get() + " was cancelled.");
        state.set(LoadState.CANCELLED);
    }

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state;
    }

    public LoadState state() {
        return state.get();
    }

    /** @return true while a file is being read */
    public BooleanBinding busy() {
        return busy;
    }

    /** @return the last table loaded successfully; a failed or cancelled load keeps the previous one */
    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName;
    }

    /** @return 0..1, or -1 while the total is not known */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** @return "1.2 MB of 3.4 MB" while reading, else empty */
    public ReadOnlyStringProperty amountReadProperty() {
        return amountRead;
    }
}
