package io.modelwright.core.project;

import java.nio.file.Path;

/**
 * Whether a project's data file is still where and what it was.
 *
 * @param state    OK, CHANGED or MISSING
 * @param location the location checked
 * @param message  one or two sentences for a person, saying what was found and what to do
 */
public record DatasetStatus(State state, Path location, String message) {

    /** The outcome of a check. */
    public enum State {
        /** The file is there and has the same fingerprint. */
        OK,
        /** A file is there but its contents differ from the data the project was built on. */
        CHANGED,
        /** No file at that location. */
        MISSING
    }

    /** @return true when the data can be used as is */
    public boolean isOk() {
        return state == State.OK;
    }
}
