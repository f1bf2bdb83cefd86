package io.modelwright.core.project;

import java.nio.file.Path;

/** The project file is damaged (truncated, overwritten) and cannot be read. Left untouched. */
public class CorruptProjectException extends ProjectException {
    public CorruptProjectException(Path file, String message, Throwable cause) {
        super(file, message, cause);
    }
}
