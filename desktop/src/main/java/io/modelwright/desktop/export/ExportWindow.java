package io.modelwright.desktop.export;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;

/** Shows the export wizard in its own window; closing it stops a scorer it started. */
public final class ExportWindow {
    private ExportWindow() {
    }

    /**
     * @param styler applies the app's theme to the new scene
     * @return the wizard's stage, already showing
     */
    public static Stage open(Window owner, ExportViewModel viewModel, Consumer<Scene> styler) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Export a model – Modelwright");
        Scene scene = new Scene(new ExportView(viewModel).root(), 860, 720);
        styler.accept(scene);
        stage.setScene(scene);
        stage.setOnHidden(event -> {
            viewModel.cancel();
            viewModel.stopScorer();
        });
        stage.show();
        return stage;
    }
}
