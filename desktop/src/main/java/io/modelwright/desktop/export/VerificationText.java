package io.modelwright.desktop.export;

import io.modelwright.core.export.VerificationReport;

import java.util.Locale;

/** verification.json in words a person can check. */
final class VerificationText {
    private VerificationText() {
    }

    /** @return e.g. "1,000 of 1,000 predictions identical: the exported scorer answers exactly as the app." */
    static String headline(VerificationReport report) {
        int same = report.rowsCompared() - report.labelMismatches();
        boolean identical = report.labelMismatches() == 0 && report.maxScoreDifference() == 0
                && report.maxValueDifference() == 0;
        if (!report.passed()) {
            return String.format(Locale.ROOT, "Verification failed: %,d of %,d predictions matched. %s", same,
                    report.rowsCompared(), report.message());
        }
        return identical
                ? String.format(Locale.ROOT, "%,d of %,d predictions identical: the exported scorer answers exactly "
                        + "as the app does.", same, report.rowsCompared())
                : String.format(Locale.ROOT, "%,d of %,d predictions match (largest difference %.1g, allowed %.1g).",
                        same, report.rowsCompared(), Math.max(report.maxScoreDifference(), report.maxValueDifference()),
                        report.tolerance());
    }

    /** @return how the check was made, e.g. "Checked over HTTP in 3 requests; the scorer started in 1.2 s." */
    static String details(VerificationReport report) {
        String onnx = report.onnx() == null || report.onnx().startsWith("not exported") ? ""
                : " ONNX: " + report.onnx() + ".";
        return String.format(Locale.ROOT, "Checked by starting the exported scorer on its own and sending it the "
                        + "held-out rows (%,d %s). It was ready in %.1f s and scored them in %.1f s.%s",
                report.requests(), report.requests() == 1 ? "request" : "requests", report.scorerStartMillis() / 1000.0, report.scoringMillis() / 1000.0, onnx);
    }
}
