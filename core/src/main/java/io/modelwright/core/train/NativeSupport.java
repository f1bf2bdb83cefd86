package io.modelwright.core.train;

import java.util.Locale;

/** Whether this machine can run the algorithms that need native code (XGBoost's JNI library is x86_64 only). */
public final class NativeSupport {
    private NativeSupport() {
    }

    /** @return true on x86_64, where XGBoost's bundled native library works */
    public static boolean xgboostAvailable() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return arch.equals("amd64") || arch.equals("x86_64");
    }

    /** @return true when the algorithm can run here */
    public static boolean canRun(AlgorithmSpec algorithm) {
        return !algorithm.needsNatives() || xgboostAvailable();
    }
}
