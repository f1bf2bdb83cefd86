package io.modelwright.desktop.app;

import io.modelwright.desktop.data.TableLoader;

import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * What the main window needs from outside: the app passes the real ones, tests pass fakes.
 *
 * @param loader     reads a file into a table
 * @param executor   runs background work
 * @param homeFolder where the app keeps its own files (recent files, sample copies), e.g. {@code ~/.modelwright}
 */
public record AppServices(TableLoader loader, Executor executor, Path homeFolder) {
}
