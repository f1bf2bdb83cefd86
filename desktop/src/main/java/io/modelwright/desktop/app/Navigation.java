package io.modelwright.desktop.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;

import java.util.Locale;

/**
 * The way between screens: a row of buttons under the menu bar and the Go menu (Ctrl+1 … Ctrl+5). A screen is
 * enabled once it has something to show; the current one is highlighted.
 */
final class Navigation {
    private final MainViewModel viewModel;

    Navigation(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    void fill(HBox bar, Menu goMenu) {
        ToggleGroup group = new ToggleGroup();
        for (Screen screen : Screen.values()) {
            String name = name(screen);
            ToggleButton button = new ToggleButton(name);
            button.setToggleGroup(group);
            button.setId("nav-" + screen.name().toLowerCase(Locale.ROOT));
            button.getStyleClass().add("nav-button");
            button.setFocusTraversable(false);
            button.disableProperty().bind(viewModel.available(screen).not());
            button.setOnAction(event -> {
                viewModel.show(screen);
                button.setSelected(viewModel.screenProperty().get() == screen);
            });
            bar.getChildren().add(button);

            MenuItem item = new MenuItem(name);
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (screen.ordinal() + 1)));
            item.disableProperty().bind(viewModel.available(screen).not());
            item.setOnAction(event -> viewModel.show(screen));
            goMenu.getItems().add(item);
        }
        viewModel.screenProperty().addListener((observable, old, current) -> select(group, current));
        select(group, viewModel.screenProperty().get());
    }

    private static void select(ToggleGroup group, Screen current) {
        group.getToggles().get(current.ordinal()).setSelected(true);
    }

    static String name(Screen screen) {
        String lower = screen.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
