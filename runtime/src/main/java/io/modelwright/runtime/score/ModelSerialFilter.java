package io.modelwright.runtime.score;

import java.io.ObjectInputFilter;

/**
 * The JVM-wide JEP 290 filter the scorer installs before loading any model.
 * <p>
 * Why: Tribuo 4.3.2's LibLinear models embed a Java-serialized {@code de.bwaldvogel.liblinear.Model} inside the
 * protobuf and read it with an unfiltered {@code ObjectInputStream} (tribuo#437). A crafted model file could
 * otherwise run a gadget chain. The filter allows exactly what that object graph needs: the LibLinear model,
 * its solver-type enum, primitive arrays and the few {@code java.lang} types they touch; everything else is
 * rejected, as are deep or huge graphs. The filter is JVM-wide (it has to be: Tribuo opens the stream), so any
 * other Java deserialization in the same process is held to the same list.
 */
public final class ModelSerialFilter {
    /** The pattern, in {@link ObjectInputFilter.Config#createFilter} syntax. */
    public static final String PATTERN = "maxdepth=20;maxrefs=100000;maxbytes=2000000000;maxarray=200000000;"
            + "de.bwaldvogel.liblinear.Model;de.bwaldvogel.liblinear.SolverType;"
            + "java.lang.Enum;java.lang.Number;java.lang.Double;java.lang.Integer;java.lang.String;"
            // Tribuo copies its RNGs through serialization when training (trainers clone java.util.Random);
            // allowing them keeps training working in a JVM that also embeds a Scorer. They carry no code.
            + "java.util.Random;java.util.SplittableRandom;!*";

    private ModelSerialFilter() {
    }

    /** @return the filter */
    public static ObjectInputFilter filter() {
        return ObjectInputFilter.Config.createFilter(PATTERN);
    }

    /**
     * Installs the filter for the whole JVM, once. A JVM-wide filter can only be set once; if another filter is
     * already in place (for example {@code -Djdk.serialFilter}), it is kept and this one is not layered on top.
     */
    public static synchronized void install() {
        if (ObjectInputFilter.Config.getSerialFilter() == null) {
            ObjectInputFilter.Config.setSerialFilter(filter());
        }
    }
}
