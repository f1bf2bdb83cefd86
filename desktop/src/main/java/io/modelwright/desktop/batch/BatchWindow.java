package io.modelwright.desktop.batch;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;

/** Shows batch scoring in its own window. */
public final class BatchWindow {
    private BatchWindow() {
    }

    public static Stage open(Window owner, BatchViewModel viewModel, Consumer<Scene> styler) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(viewModel.title() + " – Modelwright");
        Scene scene = new Scene(new BatchView(viewModel).root(), 900, 600);
        styler.accept(scene);
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
