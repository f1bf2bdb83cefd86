package io.modelwright.core.experiment;

import io.modelwright.core.data.CsvImporter;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.ImportOptions;
import io.modelwright.core.export.ExportRequest;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.core.train.TrainingEngine;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;
import io.modelwright.core.train.ValidationScheme;
import io.modelwright.runtime.artifact.FileHashes;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A training result becomes an export request with raw held-out rows and the final model's predictions. */
class ExportRequestsTest {
    private static DataTable load(Path csv) {
        return new CsvImporter().load(csv, ImportOptions.detect(), ProgressListener.NONE, CancellationToken.create())
                .table();
    }

    private static TrainingResult train(DataTable table, String target, List<String> ignore, String algorithm,
                                        ValidationScheme validation) {
        return new TrainingEngine().run(TrainingRequest.builder().table(table).target(target).ignore(ignore)
                .algorithm(algorithm).validation(validation).build(), ProgressListener.NONE,
                CancellationToken.create());
    }

    @Test
    void mapsEveryOutOfFoldRowWithTheFinalModelsPrediction() throws Exception {
        Path csv = Path.of("..", "sample-data", "iris.csv");
        DataTable table = load(csv);
        TrainingResult result = train(table, "species", List.of(), "logistic-regression",
                ValidationScheme.crossValidation(3));

        ExportRequest request = ExportRequests.from(result, table, "species", csv);

        assertThat(request.modelName()).isEqualTo("iris");
        assertThat(request.modelVersion()).isEqualTo("1");
        assertThat(request.heldOut()).hasSize(150);
        assertThat(request.exampleRows()).hasSize(3);
        assertThat(request.exampleRows().get(0)).containsEntry("sepal_length", "5.1").doesNotContainKey("species");
        assertThat(request.trainingData().rows()).isEqualTo(150);
        assertThat(request.trainingData().sha256()).isEqualTo(FileHashes.sha256(csv));
        assertThat(request.metrics()).containsKey("accuracy");
        assertThat(request.metricsStd()).containsKey("accuracy");
        long agreeWithTruth = request.heldOut().stream()
                .filter(h -> h.expected().label().equals(table.column("species").text(
                        result.outOfFold().get(request.heldOut().indexOf(h)).row()))).count();
        assertThat(agreeWithTruth).isGreaterThan(120); // the final model has seen these rows
        assertThat(request.heldOut().get(0).expected().scores()).hasSize(3);
    }

    @Test
    void rendersDatesAsTheTextTheScorerParses() {
        Path csv = Path.of("..", "sample-data", "cars.csv");
        DataTable table = load(csv);
        TrainingResult result = train(table, "Miles_per_Gallon", List.of("Name"), "xgboost",
                ValidationScheme.holdout(0.2));

        ExportRequest request = ExportRequests.from(result, table, "Miles_per_Gallon", csv);

        assertThat(request.heldOut()).hasSize(result.outOfFold().size());
        assertThat((String) request.heldOut().get(0).row().get("Year")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(request.heldOut()).allSatisfy(h -> assertThat(h.expected().value()).isNotNull());
    }

    @Test
    void namesTheModelAfterTheFileSafelyForUrls() {
        assertThat(ExportRequests.modelName(Path.of("My data (2024).csv"))).isEqualTo("My-data-2024");
        assertThat(ExportRequests.modelName(Path.of("__.csv"))).isEqualTo("model");
        assertThat(ExportRequests.modelName(Path.of("x".repeat(80) + ".csv"))).hasSize(63);
    }
}
