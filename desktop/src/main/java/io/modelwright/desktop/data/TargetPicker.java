package io.modelwright.desktop.data;

import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

import java.util.List;

/**
 * The Data screen's "Target:" button: its menu lists "No target" and every column, with the current target
 * ticked. A combo box did the same job but built a list view with measured cells the moment the screen first
 * showed (~90 ms of the JavaFX thread); a menu's items are made only when it first opens.
 */
public final class TargetPicker extends MenuButton {
    static final String PROMPT = "Column to predict";
    static final String NONE = "No target (look for groups)";
    private static final String PROMPT_STYLE = "prompt";

    private final ColumnRoles roles;
    private final ToggleGroup group = new ToggleGroup();

    TargetPicker(ColumnRoles roles) {
        this.roles = roles;
        getStyleClass().add("target-picker");
        getItems().add(new RadioMenuItem(NONE)); // a placeholder, so the menu opens; replaced on first showing
        setOnShowing(event -> fillOnce());
        roles.targetProperty().addListener((observable, old, target) -> showTarget(target));
        showTarget(roles.targetProperty().get());
    }

    /**
     * @param columns the file's columns, in order
     * @return the id of the menu item that picks {@code column}: "target-none" for no target
     */
    public static String itemId(List<String> columns, String column) {
        return column == null ? "target-none" : "target-column-" + columns.indexOf(column);
    }

    private void fillOnce() {
        if (getItems().size() > 1 || roles.columnNames().isEmpty()) {
            tickCurrent();
            return;
        }
        getItems().setAll(item(NONE, null));
        for (String column : roles.columnNames()) {
            getItems().add(item(column, column));
        }
        tickCurrent();
    }

    private RadioMenuItem item(String text, String column) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setMnemonicParsing(false);
        item.setId(itemId(roles.columnNames(), column));
        item.setUserData(column);
        item.setToggleGroup(group);
        item.setOnAction(event -> roles.targetProperty().set(column));
        return item;
    }

    private void tickCurrent() {
        String target = roles.targetProperty().get();
        getItems().forEach(item -> ((RadioMenuItem) item).setSelected(
                item.getId() != null && item.getId().equals(itemId(roles.columnNames(), target))));
    }

    private void showTarget(String target) {
        setText(target == null ? PROMPT : target);
        getStyleClass().remove(PROMPT_STYLE);
        if (target == null) {
            getStyleClass().add(PROMPT_STYLE);
        }
        setAccessibleText("Target: " + (target == null ? "none" : target));
    }
}
