package io.modelwright.desktop.lessons;

import io.modelwright.core.lesson.Lesson;
import io.modelwright.core.lesson.LessonReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The lessons shipped inside the app, listed in {@code lessons/index.txt}, in menu order. */
public final class LessonLibrary {
    private LessonLibrary() {
    }

    /** @return every bundled lesson */
    public static List<Lesson> bundled() {
        List<Lesson> lessons = new ArrayList<>();
        try (InputStream index = open("index.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    try (InputStream json = open(line.trim())) {
                        lessons.add(LessonReader.read(json, line.trim()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled lessons", e);
        }
        return lessons;
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = LessonLibrary.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing bundled lesson resource " + name);
        }
        return in;
    }
}
