package io.modelwright.desktop.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * A secondary window (export wizard, batch scoring, overfitting curve): owned by the main window, themed like it,
 * non-modal, and told when it closes so the work behind it can stop.
 */
public final class ToolWindow {
    private ToolWindow() {
    }

    /**
     * @param styler   applies the app's theme to the new scene
     * @param onHidden what to stop when the person closes the window
     * @return the stage, already showing
     */
    public static Stage open(Window owner, String title, Parent root, double width, double height,
                             Consumer<Scene> styler, Runnable onHidden) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title + " – Modelwright");
        Scene scene = new Scene(root, width, height);
        styler.accept(scene);
        stage.setScene(scene);
        stage.setOnHidden(event -> onHidden.run());
        stage.show();
        return stage;
    }
}
