package io.modelwright.bench.train;

import java.lang.management.ManagementFactory;

/** CPU time of this whole process (all Java and native threads, e.g. XGBoost's OpenMP workers). */
final class CpuClock {
    private CpuClock() {
    }

    static double processSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }
}
