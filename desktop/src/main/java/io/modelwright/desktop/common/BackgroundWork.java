package io.modelwright.desktop.common;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;

/**
 * Work to run off the FX thread. It reports progress and checks for cancellation through core's plain
 * types, so the same code runs unchanged in the CLI and in tests.
 *
 * @param <T> what the work produces
 */
@FunctionalInterface
public interface BackgroundWork<T> {

    T run(ProgressListener progress, CancellationToken cancel) throws Exception;
}
