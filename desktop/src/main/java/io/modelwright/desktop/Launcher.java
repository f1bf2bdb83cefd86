package io.modelwright.desktop;

import io.modelwright.desktop.app.DesktopApp;
import io.modelwright.desktop.cli.ModelwrightCli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of {@code modelwright.jar}. With no arguments, or a CSV/project file, it opens the desktop app;
 * with a command it runs headless. It is a plain class (not an {@code Application}) so that a shaded jar
 * starts without the JavaFX module path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            DesktopApp.launchWith(args.length == 0 ? null : Path.of(args[0]));
            return;
        }
        System.exit(ModelwrightCli.run(args));
    }

    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 1 || args[0].startsWith("-") || ModelwrightCli.isCommand(args[0])) {
            return false;
        }
        String lower = args[0].toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")
                || lower.endsWith(".mwproj") || Files.isRegularFile(Path.of(args[0]));
    }
}
