package io.modelwright.desktop.start;

import java.nio.file.Path;

/** What the Start screen asks the app to do: open a file, or open a bundled sample. */
public interface DatasetOpener {

    void open(Path file);

    void openSample(SampleDataset sample);
}
