package io.modelwright.desktop.overfit;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;

/** Shows the fitting curve in its own window; closing it stops the training. */
public final class OverfittingWindow {
    private OverfittingWindow() {
    }

    public static Stage open(Window owner, OverfittingViewModel viewModel, Consumer<Scene> styler) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(viewModel.title() + " – Modelwright");
        Scene scene = new Scene(new OverfittingView(viewModel).root(), 980, 680);
        styler.accept(scene);
        stage.setScene(scene);
        stage.setOnHidden(event -> viewModel.cancel());
        stage.show();
        return stage;
    }
}
