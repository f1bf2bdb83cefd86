package io.modelwright.core.lesson;

/**
 * One step of a lesson: text for the side panel and, optionally, settings the Train screen takes on.
 *
 * @param title a few words, e.g. "A tree of depth 1"
 * @param text  what to do and what to look for, in a few sentences
 * @param train settings to preset on the Train screen, or null to leave it as it is
 */
public record LessonStep(String title, String text, TrainPreset train) {
}
