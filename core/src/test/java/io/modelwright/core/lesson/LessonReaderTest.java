package io.modelwright.core.lesson;

import io.modelwright.core.ModelwrightException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LessonReaderTest {
    private static Lesson read(String json) {
        return LessonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void readsStepsWithTheirTrainingPresets() {
        Lesson lesson = read("""
                {"format": 1, "id": "x", "title": "Trees", "summary": "s", "dataset": "iris.csv", "target": "species",
                 "steps": [{"title": "One", "text": "Train.", "train": {"algorithm": "cart",
                            "hyperparameters": {"maxDepth": "1"}, "validation": "holdout:0.3", "seed": 7}},
                           {"title": "Two", "text": "Look."}]}
                """);

        assertThat(lesson.steps()).hasSize(2);
        assertThat(lesson.steps().get(0).train().hyperparameters()).containsEntry("maxDepth", "1");
        assertThat(lesson.steps().get(0).train().seed()).isEqualTo(7L);
        assertThat(lesson.steps().get(1).train()).isNull();
        assertThat(lesson.ignore()).isEmpty();
    }

    @Test
    void rejectsALessonWithoutStepsInWords() {
        assertThatThrownBy(() -> read("{\"format\": 1, \"title\": \"T\", \"dataset\": \"iris.csv\", \"steps\": []}"))
                .isInstanceOf(ModelwrightException.class).hasMessageContaining("has no steps");
    }

    @Test
    void rejectsAMisspelledFieldNamingIt() {
        assertThatThrownBy(() -> read("{\"format\": 1, \"title\": \"T\", \"dataset\": \"iris.csv\", \"stpes\": []}"))
                .isInstanceOf(ModelwrightException.class).hasMessageContaining("stpes").hasMessageContaining("docs/lessons.md");
    }

    @Test
    void rejectsANewerFormat() {
        assertThatThrownBy(() -> read("{\"format\": 2, \"title\": \"T\", \"dataset\": \"d\", \"steps\": []}"))
                .hasMessageContaining("reads format 1");
    }
}
