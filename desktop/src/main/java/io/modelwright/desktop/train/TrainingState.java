package io.modelwright.desktop.train;

/** Where the Train screen's job stands. Only {@link #RUNNING} is busy. */
public enum TrainingState {
    IDLE,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED
}
