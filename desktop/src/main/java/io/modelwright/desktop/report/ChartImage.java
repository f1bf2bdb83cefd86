package io.modelwright.desktop.report;

/**
 * One chart of a run as a picture.
 *
 * @param title the chart's name, e.g. "ROC curve"
 * @param png   the PNG bytes
 */
public record ChartImage(String title, byte[] png) {
}
