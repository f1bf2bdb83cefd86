package io.modelwright.desktop.lessons;

import io.modelwright.core.lesson.Lesson;
import io.modelwright.desktop.data.ColumnRoles;
import io.modelwright.desktop.testing.FxThread;
import io.modelwright.desktop.testing.TestTables;
import io.modelwright.desktop.train.TrainViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LessonViewModelTest {
    @BeforeAll
    static void startFx() throws Exception {
        FxThread.start();
    }

    private static Lesson lesson(String id) {
        return LessonLibrary.bundled().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void threeLessonsShipWithTheApp() {
        assertThat(LessonLibrary.bundled()).extracting(Lesson::id)
                .containsExactly("first-classifier", "overfitting", "regression");
    }

    @Test
    void stepsAdvanceAndPresetTheTrainScreen() throws Exception {
        ColumnRoles roles = new ColumnRoles(TestTables.iris().table());
        roles.targetProperty().set("species");
        TrainViewModel train = FxThread.call(() -> new TrainViewModel(roles, Runnable::run, error -> {
            throw new AssertionError(error);
        }, done -> { }));
        LessonViewModel lesson = FxThread.call(() -> new LessonViewModel(lesson("overfitting"), () -> train,
                error -> { throw new AssertionError(error); }));

        assertThat(lesson.position().get()).isEqualTo("Step 1 of 4");
        assertThat(lesson.canBack().get()).isFalse();
        assertThat(train.algorithmProperty().get().id()).isEqualTo("cart");
        assertThat(field(train, "maxDepth")).isEqualTo("1");
        assertThat(train.settings().crossValidationProperty().get()).isFalse();
        assertThat(train.settings().holdoutPercentProperty().get()).isEqualTo(30);
        assertThat(lesson.presetNote()).isEqualTo("The Train screen is set for this step: Decision tree, maxDepth 1, "
                + "hold out 30%, seed 42. Press Train.");

        FxThread.run(lesson::next);
        FxThread.run(lesson::next);

        assertThat(lesson.step().title()).isEqualTo("A tree of depth 10");
        assertThat(field(train, "maxDepth")).isEqualTo("10");
        FxThread.run(lesson::next);
        assertThat(lesson.canNext().get()).isFalse();
        FxThread.run(lesson::back);
        assertThat(lesson.position().get()).isEqualTo("Step 3 of 4");
    }

    @Test
    void everyBundledPresetNamesARealAlgorithmAndSetting() throws Exception {
        for (Lesson lesson : LessonLibrary.bundled()) {
            var table = lesson.dataset().equals("iris.csv") ? TestTables.iris().table() : null;
            if (table == null) {
                continue; // other datasets are checked by the end-to-end test through the real importer
            }
            ColumnRoles roles = new ColumnRoles(table);
            roles.targetProperty().set(lesson.target());
            TrainViewModel train = FxThread.call(() -> new TrainViewModel(roles, Runnable::run, e -> { }, d -> { }));
            List<Throwable> problems = new java.util.ArrayList<>();
            LessonViewModel model = FxThread.call(() -> new LessonViewModel(lesson, () -> train, problems::add));
            for (int i = 1; i < lesson.steps().size(); i++) {
                FxThread.run(model::next);
            }
            assertThat(problems).isEmpty();
        }
    }

    private static String field(TrainViewModel train, String name) {
        return train.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().textProperty().get();
    }
}
