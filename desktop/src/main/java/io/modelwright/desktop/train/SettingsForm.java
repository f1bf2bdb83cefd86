package io.modelwright.desktop.train;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Generates the hyperparameter form: per setting a label, an editor (text field, choice or check box) bound to
 * its {@link HyperparameterField}, the help text as a tooltip, and the validation message under the editor.
 */
final class SettingsForm {
    private SettingsForm() {
    }

    static void fill(GridPane grid, List<HyperparameterField> fields) {
        grid.getChildren().clear();
        if (fields.isEmpty()) {
            Label none = new Label("This algorithm has no settings to change.");
            none.getStyleClass().add("hint");
            grid.add(none, 0, 0, 2, 1);
            return;
        }
        int row = 0;
        for (HyperparameterField field : fields) {
            Node editor = editorFor(field);
            Label label = new Label(field.label());
            label.setLabelFor(editor);
            label.getStyleClass().add("setting-label");
            Tooltip help = new Tooltip(field.help());
            help.setWrapText(true);
            help.setMaxWidth(420);
            label.setTooltip(help);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.textProperty().bind(field.errorProperty());
            error.visibleProperty().bind(field.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            Label helpText = new Label(field.help());
            helpText.getStyleClass().addAll("hint", "setting-help");
            helpText.setWrapText(true);
            grid.add(label, 0, row);
            grid.add(new VBox(editor, error, helpText), 1, row++);
        }
    }

    private static Node editorFor(HyperparameterField field) {
        if (field.isBoolean()) {
            CheckBox box = new CheckBox();
            box.setSelected(Boolean.parseBoolean(field.textProperty().get()));
            box.selectedProperty().addListener((o, old, on) -> field.textProperty().set(Boolean.toString(on)));
            box.setId("setting-" + field.name());
            return box;
        }
        if (!field.choices().isEmpty()) {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().setAll(field.choices());
            choice.valueProperty().bindBidirectional(field.textProperty());
            choice.setId("setting-" + field.name());
            return choice;
        }
        TextField text = new TextField();
        text.setPrefColumnCount(10);
        text.setMaxWidth(160);
        text.textProperty().bindBidirectional(field.textProperty());
        text.setId("setting-" + field.name());
        field.errorProperty().addListener((o, old, message) ->
                text.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !message.isEmpty()));
        return text;
    }
}
