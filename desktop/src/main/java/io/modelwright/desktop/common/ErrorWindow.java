package io.modelwright.desktop.common;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * Shows each error in its own small window over the main one, and logs its stack trace once.
 * This is the app's {@link ErrorSink}: ViewModels, background tasks and the uncaught-exception handler all end here.
 */
public final class ErrorWindow implements ErrorSink {
    private static final System.Logger LOG = System.getLogger(ErrorWindow.class.getName());

    private final Window owner;
    private final Consumer<Scene> styler;

    /**
     * @param owner  the main window
     * @param styler applies the current theme to the error window's scene
     */
    public ErrorWindow(Window owner, Consumer<Scene> styler) {
        this.owner = owner;
        this.styler = styler;
    }

    @Override
    public void show(Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "Error shown to the user", error);
        if (Platform.isFxApplicationThread()) {
            open(ErrorReport.of(error));
        } else {
            Platform.runLater(() -> open(ErrorReport.of(error)));
        }
    }

    private void open(ErrorReport report) {
        ErrorView view = new ErrorView(new ErrorViewModel(report));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Modelwright – problem");
        Scene scene = new Scene(view.root());
        styler.accept(scene);
        stage.setScene(scene);
        view.setOnClose(stage::close);
        stage.show();
    }
}
