package io.modelwright.core.project;

import java.nio.file.Path;

/** A file offered as the project's data is missing or holds different data. The project is not changed. */
public class DatasetMismatchException extends ProjectException {
    private final transient DatasetStatus status;

    public DatasetMismatchException(Path project, DatasetStatus status) {
        super(project, status.message());
        this.status = status;
    }

    /** @return what the check found */
    public DatasetStatus status() {
        return status;
    }
}
