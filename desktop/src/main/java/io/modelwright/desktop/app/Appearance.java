package io.modelwright.desktop.app;

import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.WindowEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The look chosen in the View menu: light or dark theme, normal or presentation (larger) text.
 * Every window's scene follows it, so dialogs match the main window.
 */
public final class Appearance {
    private static final String BASE = "modelwright.css";
    private static final String DARK = "dark.css";
    private static final String PRESENTATION = "presentation.css";

    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);

    public BooleanProperty darkProperty() {
        return dark;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** Styles a scene now and whenever the choice changes. */
    public void applyTo(Scene scene) {
        InvalidationListener restyle = observable -> scene.getStylesheets().setAll(stylesheets());
        dark.addListener(restyle);
        presentation.addListener(restyle);
        scene.windowProperty().addListener((observable, old, window) -> {
            if (window != null) {
                window.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
                    dark.removeListener(restyle);
                    presentation.removeListener(restyle);
                });
            }
        });
        scene.getStylesheets().setAll(stylesheets());
    }

    /** @return the stylesheet URLs for the current choice: the base theme, then the overrides */
    List<String> stylesheets() {
        List<String> sheets = new ArrayList<>();
        sheets.add(url(BASE));
        if (dark.get()) {
            sheets.add(url(DARK));
        }
        if (presentation.get()) {
            sheets.add(url(PRESENTATION));
        }
        return sheets;
    }

    private static String url(String name) {
        return Objects.requireNonNull(Appearance.class.getResource(name), name).toExternalForm();
    }
}
