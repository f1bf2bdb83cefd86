package io.modelwright.bench.ui;

import javafx.animation.AnimationTimer;

/**
 * Measures how smoothly the JavaFX thread runs: an {@link AnimationTimer} is called once per pulse (~60 per
 * second when the thread is free), so the longest gap between two calls is the longest time the window could not
 * repaint or react to a click.
 */
final class PulseRecorder extends AnimationTimer {
    private long last;
    private long longestNanos;
    private long pulses;
    private long pausesOver100ms;

    @Override
    public void handle(long now) {
        if (last != 0) {
            long gap = now - last;
            longestNanos = Math.max(longestNanos, gap);
            if (gap > 100_000_000L) {
                pausesOver100ms++;
            }
        }
        last = now;
        pulses++;
    }

    /** Starts a new phase: forgets what was measured so far. Call on the FX thread. */
    void reset() {
        last = 0;
        longestNanos = 0;
        pulses = 0;
        pausesOver100ms = 0;
    }

    /** @return what was measured since the last reset. Call on the FX thread. */
    PhaseResult result(String phase, double seconds) {
        return new PhaseResult(phase, seconds, pulses, longestNanos / 1e6, pausesOver100ms);
    }

    /** One phase of the benchmark. */
    record PhaseResult(String phase, double seconds, long pulses, double longestPauseMs, long pausesOver100ms) {
    }
}
