package io.modelwright.desktop.start;

/**
 * A dataset bundled with the app, shown in the Start screen gallery.
 *
 * @param fileName    the CSV file name inside the jar's {@code sample-data/} folder
 * @param title       what the card says
 * @param description one line: what it is and what you can predict
 */
public record SampleDataset(String fileName, String title, String description) {
}
