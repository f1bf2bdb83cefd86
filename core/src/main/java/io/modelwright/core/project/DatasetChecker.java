package io.modelwright.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares a file on disk with the fingerprint a project saved, and words the outcome for a person. */
final class DatasetChecker {
    private static final String RESULTS_STAY = "Results and models stay readable without it; to train again, ";

    private final DatasetRef dataset;
    private final boolean embeddedCopy;

    DatasetChecker(DatasetRef dataset, boolean embeddedCopy) {
        this.dataset = dataset;
        this.embeddedCopy = embeddedCopy;
    }

    DatasetStatus check(Path location) {
        if (!Files.isRegularFile(location)) {
            return new DatasetStatus(DatasetStatus.State.MISSING, location, "The data file '" + dataset.fileName()
                    + "' was not found at " + location + ". " + RESULTS_STAY + "locate the file"
                    + (embeddedCopy ? " or extract the copy kept inside the project." : "."));
        }
        try {
            if (Files.size(location) == dataset.sizeBytes() && DatasetRef.sha256(location).equals(dataset.sha256())) {
                return new DatasetStatus(DatasetStatus.State.OK, location, "The data file '"
                        + location.getFileName() + "' is the data this project was built on.");
            }
        } catch (IOException e) {
            return new DatasetStatus(DatasetStatus.State.MISSING, location, "The data file '"
                    + location.getFileName() + "' at " + location + " cannot be read (" + e.getMessage() + "). "
                    + RESULTS_STAY + "check you may read it, or locate a copy.");
        }
        return new DatasetStatus(DatasetStatus.State.CHANGED, location, "The data file '" + location.getFileName()
                + "' at " + location + " has changed since the project used it (its fingerprint differs), so "
                + "results would not be comparable. " + RESULTS_STAY + "locate the original file"
                + (embeddedCopy ? ", extract the copy kept inside the project," : "")
                + " or start a new project from the changed file.");
    }
}
