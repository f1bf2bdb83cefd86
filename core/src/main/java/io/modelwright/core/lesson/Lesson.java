package io.modelwright.core.lesson;

import java.util.List;

/**
 * One lesson, as read from its JSON file.
 *
 * @param format  file format version ({@link #FORMAT})
 * @param id      short id, e.g. "overfitting"
 * @param title   what the lesson is called in the Lessons menu
 * @param summary one sentence: what the student will learn
 * @param dataset a bundled sample's file name (e.g. "iris.csv") or a path to a CSV
 * @param target  the column to predict, or null (clustering)
 * @param ignore  columns to leave out of training (e.g. names, ids)
 * @param steps   the steps, in order; at least one
 */
public record Lesson(int format, String id, String title, String summary, String dataset, String target,
                     List<String> ignore, List<LessonStep> steps) {
    /** The lesson format this version reads. */
    public static final int FORMAT = 1;

    public Lesson {
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
