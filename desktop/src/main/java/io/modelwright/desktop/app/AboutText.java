package io.modelwright.desktop.app;

import io.modelwright.core.train.AlgorithmCatalog;
import io.modelwright.core.train.AlgorithmSpec;
import io.modelwright.core.train.NativeSupport;
import io.modelwright.runtime.RuntimeInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
                        + " (" + System.getProperty("os.arch") + ")",
                unavailableAlgorithms());
    }

    /** Algorithms whose native library does not exist for this platform (XGBoost on arm64), with the reason. */
    static String unavailableAlgorithms() {
        List<String> names = new ArrayList<>();
        String reason = "";
        for (AlgorithmSpec a : AlgorithmCatalog.all()) {
            Optional<String> r = NativeSupport.unavailableReason(a);
            if (r.isPresent()) {
                names.add(a.displayName() + " (" + a.task().id() + ")");
                reason = r.get();
            }
        }
        return names.isEmpty() ? "All algorithms are available on this computer."
                : "Unavailable on this computer: " + String.join(", ", names) + ". " + reason + ".";
    }
}
