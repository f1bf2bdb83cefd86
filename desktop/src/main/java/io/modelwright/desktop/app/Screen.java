package io.modelwright.desktop.app;

/** The screens of the main window, in the order a person goes through them. */
public enum Screen {
    /** Open a file or a sample. */
    START,
    /** Look at the imported table, its columns and warnings; pick the target. */
    DATA,
    /** Pick an algorithm and its settings, then train or compare. */
    TRAIN,
    /** Scores and charts of one run. */
    RESULTS,
    /** Every run of the session, as a leaderboard. */
    HISTORY
}
