package io.modelwright.desktop.project;

import io.modelwright.core.project.Project;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The File menu's dialogs for {@code .mwproj} project files; it remembers the last folder. */
public final class ProjectFileChooser {
    private File lastFolder;

    /** @return where to create a new project, chosen in a save dialog */
    public Optional<Path> chooseNew(Window owner) {
        FileChooser chooser = chooser("New project");
        chooser.setInitialFileName("my-project" + Project.EXTENSION);
        return remember(chooser.showSaveDialog(owner));
    }

    /** @return the project to open */
    public Optional<Path> chooseExisting(Window owner) {
        return remember(chooser("Open a project").showOpenDialog(owner));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter("Modelwright projects (*" + Project.EXTENSION + ")", "*" + Project.EXTENSION));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
