package io.modelwright.desktop.common;

import javafx.animation.AnimationTimer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Runs small UI steps one per frame, so building a big view never holds the JavaFX thread for longer than one
 * step: each step's new nodes get their CSS and layout in the frame it ran in, and the window repaints and reacts
 * between steps. Call on the JavaFX thread.
 */
public final class FrameByFrame extends AnimationTimer {
    private final Deque<Runnable> steps;
    private boolean firstFrameSeen;

    private FrameByFrame(List<Runnable> steps) {
        this.steps = new ArrayDeque<>(steps);
    }

    /**
     * Starts running {@code steps} in order, the first one in the frame after next: the next frame is busy
     * showing whatever the caller built before calling this.
     */
    public static void run(List<Runnable> steps) {
        if (!steps.isEmpty()) {
            new FrameByFrame(steps).start();
        }
    }

    @Override
    public void handle(long now) {
        if (!firstFrameSeen) {
            firstFrameSeen = true;
            return;
        }
        Runnable step = steps.pollFirst();
        if (step != null) {
            step.run();
        }
        if (steps.isEmpty()) {
            stop();
        }
    }
}
