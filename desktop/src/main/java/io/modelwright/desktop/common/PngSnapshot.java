package io.modelwright.desktop.common;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;

/** Saves what a node shows as a PNG file (a chart, the confusion matrix). Call on the FX thread. */
public final class PngSnapshot {
    private PngSnapshot() {
    }

    public static void save(Node node, Path file) throws IOException {
        WritableImage image = node.snapshot(null, null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("No PNG writer is available to save " + file);
        }
    }
}
