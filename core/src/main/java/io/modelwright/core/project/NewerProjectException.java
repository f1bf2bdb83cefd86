package io.modelwright.core.project;

import java.nio.file.Path;

/** The project was saved by a newer Modelwright whose file format this app does not know. Left untouched. */
public class NewerProjectException extends ProjectException {
    private final int fileVersion;
    private final int supportedVersion;

    public NewerProjectException(Path file, int fileVersion, int supportedVersion) {
        super(file, "This project (" + file.getFileName() + ") was saved by a newer Modelwright (schema "
                + fileVersion + "; this app reads up to " + supportedVersion + "). Update Modelwright to open it.");
        this.fileVersion = fileVersion;
        this.supportedVersion = supportedVersion;
    }

    /** @return the schema version written in the file */
    public int fileVersion() {
        return fileVersion;
    }

    /** @return the newest schema version this app reads */
    public int supportedVersion() {
        return supportedVersion;
    }
}
