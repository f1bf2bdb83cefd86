package io.modelwright.core.train;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * LibSVM and LibLinear print their progress to standard output, which would corrupt the command line's JSON
 * output; Tribuo logs every SGD epoch at INFO. Training silences both once.
 */
final class QuietLibraries {
    /** Held so the logger configuration is not garbage collected. */
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    private QuietLibraries() {
    }

    static void install() {
        libsvm.svm.svm_set_print_string_function(s -> { });
        de.bwaldvogel.liblinear.Linear.disableDebugOutput();
        if (TRIBUO.getLevel() == null) {
            TRIBUO.setLevel(Level.WARNING);
        }
    }
}
