package io.modelwright.desktop.data;

/** Where loading a file stands. Only {@link #LOADING} is busy; the others are idle. */
public enum LoadState {
    /** Nothing loaded yet. */
    IDLE,
    /** Reading a file in the background. */
    LOADING,
    /** The last load succeeded. */
    LOADED,
    /** The last load failed; the error was shown. */
    FAILED,
    /** The person cancelled the last load. */
    CANCELLED
}
