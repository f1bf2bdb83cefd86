package io.modelwright.core.project;

import java.nio.file.Path;

/** The file opened is something else: a CSV file, another program's database, a document. Left untouched. */
public class NotAProjectException extends ProjectException {
    public NotAProjectException(Path file, String message) {
        super(file, message);
    }
}
