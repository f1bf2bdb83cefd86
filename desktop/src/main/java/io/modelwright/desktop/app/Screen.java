package io.modelwright.desktop.app;

/** The screens of the main window, in the order a person goes through them. Train and Results come next. */
public enum Screen {
    /** Open a file or a sample. */
    START,
    /** Look at the imported table, its columns and warnings. */
    DATA
}
