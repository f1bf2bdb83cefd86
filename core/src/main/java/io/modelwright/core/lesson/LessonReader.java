package io.modelwright.core.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelwright.core.ModelwrightException;

import java.io.IOException;
import java.io.InputStream;

/** Reads lesson files and says, in words a teacher can act on, what is wrong with a bad one. */
public final class LessonReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private LessonReader() {
    }

    /**
     * @param in   the JSON
     * @param name where it came from, for messages
     * @throws ModelwrightException when the file is not a lesson this version can show
     */
    public static Lesson read(InputStream in, String name) {
        Lesson lesson;
        try {
            lesson = JSON.readValue(in, Lesson.class);
        } catch (JsonProcessingException e) {
            throw new ModelwrightException("The lesson " + name + " is not valid lesson JSON: "
                    + e.getOriginalMessage() + " (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + "). See docs/lessons.md for the format.", e);
        } catch (IOException e) {
            throw new ModelwrightException("Cannot read the lesson " + name + ": " + e.getMessage(), e);
        }
        check(lesson, name);
        return lesson;
    }

    private static void check(Lesson lesson, String name) {
        if (lesson.format() != Lesson.FORMAT) {
            throw new ModelwrightException("The lesson " + name + " has format " + lesson.format()
                    + "; this version of Modelwright reads format " + Lesson.FORMAT + ".");
        }
        if (lesson.title() == null || lesson.title().isBlank() || lesson.dataset() == null
                || lesson.dataset().isBlank()) {
            throw new ModelwrightException("The lesson " + name + " needs a \"title\" and a \"dataset\".");
        }
        if (lesson.steps().isEmpty()) {
            throw new ModelwrightException("The lesson " + name + " has no steps; add at least one.");
        }
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            if (step.text() == null || step.text().isBlank()) {
                throw new ModelwrightException("Step " + (i + 1) + " of the lesson " + name + " has no text.");
            }
        }
    }
}
