package io.modelwright.desktop.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Loads the FXML file that sits beside a view class ({@code StartView} → {@code StartView.fxml}), with the view
 * itself as controller. Views are built with their ViewModel in the constructor, so FXML files name no controller.
 */
public final class Fxml {
    private Fxml() {
    }

    public static <R extends Parent> R load(Object view) {
        Class<?> type = view.getClass();
        URL url = type.getResource(type.getSimpleName() + ".fxml");
        if (url == null) {
            throw new IllegalStateException("Missing " + type.getSimpleName() + ".fxml beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + url, e);
        }
    }
}
