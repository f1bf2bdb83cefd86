package io.modelwright.bench.ui;

import javafx.animation.AnimationTimer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Measures how smoothly the JavaFX thread runs: an {@link AnimationTimer} is called once per pulse (~60 per
 * second when the thread is free), so the longest gap between two calls is the longest time the window could not
 * repaint or react to a click.
 *
 * <p>Every gap is kept with the time it ended and nothing is reset between phases: a phase owns the gaps that
 * end between its start and the next phase's start. An earlier version reset its counters when a phase began,
 * so the gap in which the phase's first action ran (building the Data screen, the first scroll) fell between
 * phases and was never counted.
 *
 * <p>Beside each gap it keeps the CPU time the JavaFX thread used in it: on a shared machine a gap also holds
 * the time the thread waited for a core, while the CPU time is the work our code gave it.
 */
final class PulseRecorder extends AnimationTimer {
    /** {@code -Dui.gaps=true}: also list every gap over 50 ms, with the CPU the JavaFX thread used in it. */
    private static final boolean LIST_GAPS = Boolean.getBoolean("ui.gaps");
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long last;
    private long lastCpu;
    private long[] gapEnds = new long[4096];
    private long[] gaps = new long[4096];
    private long[] cpuGaps = new long[4096];
    private long[] renderGaps = new long[4096];
    private long[] processGaps = new long[4096];
    private int count;
    private long lastRender;
    private long lastProcess;
    private long renderThread = -1;
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Override
    public void handle(long frameTime) {
        // The frame time is the toolkit's clock; System.nanoTime() is the clock the phases are cut with.
        long now = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        long render = LIST_GAPS ? renderCpu() : 0;
        long process = LIST_GAPS ? os.getProcessCpuTime() : 0;
        if (last != 0) {
            if (count == gaps.length) {
                gaps = Arrays.copyOf(gaps, count * 2);
                gapEnds = Arrays.copyOf(gapEnds, count * 2);
                cpuGaps = Arrays.copyOf(cpuGaps, count * 2);
                renderGaps = Arrays.copyOf(renderGaps, count * 2);
                processGaps = Arrays.copyOf(processGaps, count * 2);
            }
            gaps[count] = now - last;
            gapEnds[count] = now;
            cpuGaps[count] = cpu - lastCpu;
            renderGaps[count] = render - lastRender;
            processGaps[count] = process - lastProcess;
            count++;
        }
        last = now;
        lastCpu = cpu;
        lastRender = render;
        lastProcess = process;
    }

    /** @return the CPU time of JavaFX's render thread (it rasterises frames with the software pipeline) */
    private long renderCpu() {
        if (renderThread < 0) {
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().startsWith("QuantumRenderer")) {
                    renderThread = thread.getId();
                }
            }
        }
        return renderThread < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(renderThread));
    }

    /** @return what was measured between two {@link System#nanoTime()} instants. Call on the FX thread. */
    PhaseResult result(String phase, long fromNanos, long toNanos) {
        long longest = 0;
        long longestCpu = 0;
        long pulses = 0;
        long over100ms = 0;
        for (int i = 0; i < count; i++) {
            if (gapEnds[i] >= fromNanos && gapEnds[i] < toNanos) {
                pulses++;
                longest = Math.max(longest, gaps[i]);
                longestCpu = Math.max(longestCpu, cpuGaps[i]);
                if (gaps[i] > 100_000_000L) {
                    over100ms++;
                }
                if (LIST_GAPS && gaps[i] > 50_000_000L) {
                    System.out.printf("  gap in '%s' ending %.3f s after the phase began (nanoTime %d): %.1f ms,"
                            + " CPU: FX thread %.1f ms, renderer %.1f ms, whole process %.1f ms%n", phase,
                            (gapEnds[i] - fromNanos) / 1e9, gapEnds[i], gaps[i] / 1e6, cpuGaps[i] / 1e6,
                            renderGaps[i] / 1e6, processGaps[i] / 1e6);
                }
            }
        }
        return new PhaseResult(phase, (toNanos - fromNanos) / 1e9, pulses, longest / 1e6, over100ms,
                longestCpu / 1e6);
    }

    /** One phase of the benchmark; the last figure is the most CPU the JavaFX thread used between two pulses. */
    record PhaseResult(String phase, double seconds, long pulses, double longestPauseMs, long pausesOver100ms,
                       double longestBusyCpuMs) {
    }
}
