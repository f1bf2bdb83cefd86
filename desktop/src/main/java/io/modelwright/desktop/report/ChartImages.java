package io.modelwright.desktop.report;

import io.modelwright.desktop.common.ErrorSink;
import io.modelwright.desktop.results.ResultsView;
import io.modelwright.desktop.results.ResultsViewModel;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Pictures of every chart the Results screen shows for a run: the screen is built off-screen at a fixed size and
 * each tab is snapshotted in turn, so the report shows exactly what the app shows. Call on the FX thread.
 */
public final class ChartImages {
    private static final double WIDTH = 900;
    private static final double HEIGHT = 640;

    private ChartImages() {
    }

    /** @param styler applies the app's stylesheets, so the pictures look like the app */
    public static List<ChartImage> of(ResultsViewModel results, ErrorSink errors, Consumer<Scene> styler) {
        Parent root = new ResultsView(results, errors).root();
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        styler.accept(scene);
        TabPane tabs = (TabPane) root.lookup("#chartTabs");
        List<ChartImage> images = new ArrayList<>();
        for (Tab tab : tabs.getTabs()) {
            tabs.getSelectionModel().select(tab);
            root.applyCss();
            root.layout();
            images.add(new ChartImage(tab.getText().replace("_", ""), png(tab.getContent())));
        }
        return images;
    }

    private static byte[] png(Node node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
