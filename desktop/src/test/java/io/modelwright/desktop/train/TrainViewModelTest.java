package io.modelwright.desktop.train;

import io.modelwright.core.train.AlgorithmCatalog;
import io.modelwright.core.train.Task;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingRequestException;
import io.modelwright.desktop.data.ColumnRole;
import io.modelwright.desktop.data.ColumnRoles;
import io.modelwright.desktop.testing.FxThread;
import io.modelwright.desktop.testing.TestTables;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TrainViewModelTest {
    private final List<Throwable> errors = new ArrayList<>();
    private final ColumnRoles roles = new ColumnRoles(TestTables.iris().table());
    private final TrainViewModel train = new TrainViewModel(roles, Runnable::run, errors::add, done -> { });

    @Test
    void cannotTrainAClassifierWithoutATarget() {
        train.taskProperty().set(Task.CLASSIFICATION);

        assertThat(train.canTrain().get()).isFalse();
        assertThat(train.blockerProperty().get()).contains("target");
    }

    @Test
    void pickingTheTargetSuggestsClassificationAndAllowsTraining() {
        roles.targetProperty().set("species");

        assertThat(train.taskProperty().get()).isEqualTo(Task.CLASSIFICATION);
        assertThat(train.algorithms()).isEqualTo(AlgorithmCatalog.forTask(Task.CLASSIFICATION));
        assertThat(train.canTrain().get()).isTrue();
    }

    @Test
    void anInvalidSettingExplainsItselfAndBlocksTraining() {
        roles.targetProperty().set("species");
        train.algorithmProperty().set(AlgorithmCatalog.find(Task.CLASSIFICATION, "cart"));
        HyperparameterField depth = train.fields().stream().filter(f -> f.name().equals("maxDepth")).findFirst().orElseThrow();

        depth.textProperty().set("-3");

        assertThat(depth.errorProperty().get()).isEqualTo("The setting maxDepth='-3' is not valid: use a whole number from 1 to 100.");
        assertThat(train.canTrain().get()).isFalse();
        assertThat(train.blockerProperty().get()).isEqualTo("Fix the settings marked in red.");

        depth.textProperty().set("4");
        assertThat(train.canTrain().get()).isTrue();
    }

    @Test
    void aSeedThatIsNotANumberBlocksTraining() {
        roles.targetProperty().set("species");
        train.settings().seedProperty().set("forty-two");

        assertThat(train.canTrain().get()).isFalse();
        assertThat(train.blockerProperty().get()).contains("whole number");
    }

    @Test
    void trainingThatTheDataDoesNotAllowEndsAtOnceWithTheReason() throws Exception {
        FxThread.start();
        ColumnRoles four = new ColumnRoles(TestTables.smallIris().table());
        List<Throwable> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        TrainViewModel small = FxThread.call(() -> new TrainViewModel(four, Runnable::run, shown::add, done -> { }));
        FxThread.run(() -> {
            four.targetProperty().set("species");
            // 4 rows cannot make 5 folds; the request is checked in the background, with the job.
            small.train();
        });
        FxThread.waitUntil(() -> small.progress().stateProperty().get() != TrainingState.RUNNING);

        assertThat(small.progress().stateProperty().get()).isEqualTo(TrainingState.FAILED);
        assertThat(small.progress().messageProperty().get()).isEqualTo("Training did not start.");
        assertThat(shown).singleElement().isInstanceOf(TrainingRequestException.class)
                .extracting(Throwable::getMessage).asString().contains("Only 4 rows");
    }

    @Test
    void buildsTheSameRequestTheCommandLineWould() {
        roles.targetProperty().set("species");
        roles.setRole("sepal_width", ColumnRole.IGNORE);
        train.settings().crossValidationProperty().set(false);
        train.settings().holdoutPercentProperty().set(30);
        train.settings().seedProperty().set("7");

        TrainingRequest request = train.request(AlgorithmCatalog.find(Task.CLASSIFICATION, "cart"), Map.of("maxDepth", "3"));

        assertThat(request.target()).isEqualTo("species");
        assertThat(request.validation().toString()).isEqualTo("holdout:0.3");
        assertThat(request.seed()).isEqualTo(7);
        assertThat(request.ignoredColumns()).containsExactly("sepal_width");
        assertThat(request.featureColumns()).doesNotContain("sepal_width", "species");
        assertThat(request.hyperparameters()).containsEntry("maxDepth", "3");
    }

    @Test
    void compareNeedsAtLeastTwoTickedAlgorithms() {
        roles.targetProperty().set("species");
        train.ticked().add(AlgorithmCatalog.find(Task.CLASSIFICATION, "cart"));
        assertThat(train.canCompare().get()).isFalse();

        train.ticked().add(AlgorithmCatalog.find(Task.CLASSIFICATION, "knn"));
        assertThat(train.canCompare().get()).isTrue();
    }
}
