package io.modelwright.desktop.testing;

import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * For ViewModel tests: they open no window, but JavaFX tasks and properties bound to them need the FX thread.
 */
public final class FxThread {
    private FxThread() {
    }

    /** Starts the JavaFX toolkit (headless under Monocle) if it is not running yet. */
    public static void start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** Runs on the FX thread and waits for it. */
    public static void run(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    /** Computes on the FX thread and waits for the answer. */
    public static <T> T call(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    /** Waits until a condition, read on the FX thread, holds. */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> call(condition::getAsBoolean));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
