package io.modelwright.core.project;

import io.modelwright.core.ModelwrightException;

import java.nio.file.Path;

/** A project file that cannot be opened, read or saved. The message names the file and says what to do. */
public class ProjectException extends ModelwrightException {
    private final transient Path file;

    public ProjectException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public ProjectException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** @return the project file concerned */
    public Path file() {
        return file;
    }
}
