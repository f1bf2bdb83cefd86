/**
 * Lessons: a dataset, fixed settings and seeds, and a short sequence of steps with text, so every student in a
 * class sees the same numbers. Pure data read from JSON (format in {@code docs/lessons.md}); the desktop shows it.
 */
package io.modelwright.core.lesson;
