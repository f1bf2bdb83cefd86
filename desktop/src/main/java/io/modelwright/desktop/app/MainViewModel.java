package io.modelwright.desktop.app;

import io.modelwright.core.data.ImportResult;
import io.modelwright.desktop.data.DataViewModel;
import io.modelwright.desktop.data.LoadingViewModel;
import io.modelwright.desktop.start.DatasetOpener;
import io.modelwright.desktop.start.RecentFiles;
import io.modelwright.desktop.start.SampleDataset;
import io.modelwright.desktop.start.SampleLibrary;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;

/**
 * The main window's state: which screen shows, the dataset in hand, and the commands that open data.
 * Every way of opening a file (Start screen, File menu, drag and drop, command line) comes through here.
 */
public final class MainViewModel implements DatasetOpener {
    static final String APP_NAME = "Modelwright";

    private final LoadingViewModel loading;
    private final SampleLibrary samples;
    private final RecentFiles recentFiles;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.START);
    private final ObjectProperty<DataViewModel> data = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty(APP_NAME);

    public MainViewModel(LoadingViewModel loading, SampleLibrary samples, RecentFiles recentFiles) {
        this.loading = loading;
        this.samples = samples;
        this.recentFiles = recentFiles;
        loading.resultProperty().addListener((observable, old, loaded) -> {
            if (loaded != null) {
                showLoaded(loaded);
            }
        });
    }

    private void showLoaded(ImportResult loaded) {
        data.set(new DataViewModel(loaded));
        title.set(data.get().fileName() + " – " + APP_NAME);
        screen.set(Screen.DATA);
        if (loaded.file() != null && !samples.isSampleCopy(loaded.file())) {
            recentFiles.add(loaded.file());
        }
    }

    @Override
    public void open(Path file) {
        loading.load(file);
    }

    @Override
    public void openSample(SampleDataset sample) {
        loading.load(sample.fileName(), () -> samples.extract(sample));
    }

    /** Goes back to the Start screen (the loaded data stays until another file is opened). */
    public void showStart() {
        screen.set(Screen.START);
        title.set(APP_NAME);
    }

    public LoadingViewModel loading() {
        return loading;
    }

    public SampleLibrary samples() {
        return samples;
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** @return the Data screen's model for the loaded file, or null before the first load */
    public ReadOnlyObjectProperty<DataViewModel> dataProperty() {
        return data;
    }

    /** @return the window title: the app name, with the open file's name in front */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }
}
