package io.modelwright.desktop.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The JavaFX application. (Placeholder window until the desktop shell lands.) */
public final class DesktopApp extends Application {
    private static volatile Path initialFile;

    /** Opens the app, optionally with a CSV or project file loaded. */
    public static void launchWith(Path file) {
        initialFile = file;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Modelwright");
        stage.setScene(new Scene(new Label("Modelwright"), 800, 600));
        stage.show();
    }
}
