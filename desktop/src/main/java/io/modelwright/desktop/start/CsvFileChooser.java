package io.modelwright.desktop.start;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The "Open CSV" dialog, shared by the Start screen and the File menu; it remembers the last folder. */
public final class CsvFileChooser {
    private File lastFolder;

    public Optional<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a CSV file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Data files (*.csv, *.tsv, *.txt)", "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
