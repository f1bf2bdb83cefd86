package io.modelwright.core.train;

import java.util.Locale;
import java.util.Optional;

/** Whether this machine can run the algorithms that need native code (XGBoost's JNI library is x86_64 only). */
public final class NativeSupport {
    private NativeSupport() {
    }

    /** @return true on x86_64, where XGBoost's bundled native library works */
    public static boolean xgboostAvailable() {
        return xgboostAvailable(System.getProperty("os.arch", ""));
    }

    static boolean xgboostAvailable(String osArch) {
        String arch = osArch.toLowerCase(Locale.ROOT);
        return arch.equals("amd64") || arch.equals("x86_64");
    }

    /** @return why the algorithm cannot run on this machine, in words for a person; empty when it can */
    public static Optional<String> unavailableReason(AlgorithmSpec algorithm) {
        return unavailableReason(algorithm, System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    static Optional<String> unavailableReason(AlgorithmSpec algorithm, String osName, String osArch) {
        if (!algorithm.needsNatives() || xgboostAvailable(osArch)) {
            return Optional.empty();
        }
        return Optional.of("XGBoost has no native library for " + osName + " on " + osArch
                + " (it ships for x86_64 only)");
    }

    /** @return true when the algorithm can run here */
    public static boolean canRun(AlgorithmSpec algorithm) {
        return !algorithm.needsNatives() || xgboostAvailable();
    }
}
