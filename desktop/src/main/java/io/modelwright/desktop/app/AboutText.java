package io.modelwright.desktop.app;

import io.modelwright.runtime.RuntimeInfo;

/** What Help ▸ About says: versions and platform, worth pasting into a bug report. */
final class AboutText {
    private AboutText() {
    }

    static String heading() {
        return "Modelwright " + RuntimeInfo.appVersion();
    }

    static String body() {
        return String.join(System.lineSeparator(),
                "From a CSV file to a deployed model, point and click.",
                "",
                "Java " + RuntimeInfo.javaVersion() + " (" + System.getProperty("java.vendor") + ")",
                "JavaFX " + System.getProperty("javafx.runtime.version", "unknown"),
                "Tribuo " + RuntimeInfo.tribuoVersion(),
                System.getProperty("os.name") + " " + System.getProperty("os.version")
                        + " (" + System.getProperty("os.arch") + ")");
    }
}
