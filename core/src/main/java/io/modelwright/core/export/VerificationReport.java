package io.modelwright.core.export;

/**
 * The self-check written to {@code verification.json}: the exported scorer, run as a separate process, against
 * the app's own predictions on held-out rows.
 *
 * @param passed               true when every comparison was within tolerance
 * @param rowsCompared         held-out rows sent through {@code POST /invocations}
 * @param requests             HTTP requests made
 * @param labelMismatches      rows whose label (or cluster, anomaly flag) differed
 * @param maxScoreDifference   largest absolute per-class score difference
 * @param maxValueDifference   largest absolute difference of regression values / anomaly scores
 * @param tolerance            tolerance used for scores and values
 * @param scorerStartMillis    time from process start to ready
 * @param scoringMillis        time spent scoring all rows over HTTP
 * @param onnx                 ONNX check: "passed", "failed: ...", "skipped: ..." or "not exported"
 * @param onnxRowsCompared     rows scored with onnxruntime
 * @param onnxMaxDifference    largest absolute difference between ONNX and app scores
 * @param message              a sentence for a person
 */
public record VerificationReport(boolean passed, int rowsCompared, int requests, int labelMismatches,
                                 double maxScoreDifference, double maxValueDifference, double tolerance,
                                 long scorerStartMillis, long scoringMillis, String onnx, int onnxRowsCompared,
                                 double onnxMaxDifference, String message) {
}
