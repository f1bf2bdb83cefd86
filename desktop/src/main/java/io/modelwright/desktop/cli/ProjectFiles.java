package io.modelwright.desktop.cli;

import io.modelwright.core.ModelwrightException;
import io.modelwright.core.project.Project;

import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the project a command names, with a message that says what to do when it is not there. */
final class ProjectFiles {
    private ProjectFiles() {
    }

    static Project open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ModelwrightException("There is no project file " + file.toAbsolutePath().normalize()
                    + ". Create one with 'modelwright train DATA.csv --target COL --project " + file + "'.");
        }
        return Project.open(file);
    }
}
