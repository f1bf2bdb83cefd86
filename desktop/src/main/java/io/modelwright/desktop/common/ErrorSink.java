package io.modelwright.desktop.common;

/**
 * Where every error goes to be shown to the person. ViewModels report through this, never through dialogs,
 * so their tests can collect errors in a list. Callable from any thread.
 */
@FunctionalInterface
public interface ErrorSink {

    void show(Throwable error);
}
