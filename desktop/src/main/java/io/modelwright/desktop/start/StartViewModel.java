package io.modelwright.desktop.start;

import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;

/** The Start screen: ways to get data in (a file, a sample, a recent file). */
public final class StartViewModel {
    private final DatasetOpener opener;
    private final SampleLibrary samples;
    private final RecentFiles recentFiles;

    public StartViewModel(DatasetOpener opener, SampleLibrary samples, RecentFiles recentFiles) {
        this.opener = opener;
        this.samples = samples;
        this.recentFiles = recentFiles;
    }

    public List<SampleDataset> samples() {
        return samples.samples();
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles.files();
    }

    public void openFile(Path file) {
        opener.open(file);
    }

    public void openSample(SampleDataset sample) {
        opener.openSample(sample);
    }
}
