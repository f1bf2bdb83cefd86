package io.modelwright.core.train.worker;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.train.FoldResult;
import io.modelwright.core.train.OutOfFoldPrediction;
import io.modelwright.core.train.Task;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;
import io.modelwright.core.train.ValidationScheme;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import io.modelwright.runtime.schema.ColumnType;
import org.tribuo.Model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The files a parent and its worker process exchange in one directory: the table (binary), the settings (JSON),
 * and back the result (JSON), the model (Tribuo protobuf) and, on failure, the message for a person.
 */
final class WorkerFiles {
    static final String PROGRESS_PREFIX = "MW-PROGRESS\t";
    /** Exit codes of the worker. */
    static final int EXIT_OK = 0;
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_OUT_OF_MEMORY = 3;
    static final int EXIT_FAILED = 4;

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path dir;

    WorkerFiles(Path dir) {
        this.dir = dir;
    }

    Path table() { return dir.resolve("table.bin"); }

    Path settings() { return dir.resolve("request.json"); }

    Path result() { return dir.resolve("result.json"); }

    Path model() { return dir.resolve("model.tribuo"); }

    Path error() { return dir.resolve("error.txt"); }

    Path log() { return dir.resolve("worker.log"); }

    /** The request's settings, without the table. */
    record Settings(String target, String task, String algorithm, Map<String, String> hyperparameters, long seed,
                    String validation, boolean stratify, List<String> ignored, Map<String, String> typeOverrides,
                    List<String> featureColumns, boolean finalModel) {
    }

    /** A {@link TrainingResult} without the model, which travels as its own protobuf file. */
    record Result(Task task, String algorithm, Map<String, String> hyperparameters, long seed, String validation,
                  int rowsUsed, int rowsDropped, int featureCount, List<String> featureColumns, List<String> classes,
                  List<FoldResult> folds, Map<String, Double> mean, Map<String, Double> std,
                  List<OutOfFoldPrediction> outOfFold, FeaturizerSpec featurizerSpec, Map<String, Double> importances,
                  String importanceKind, long totalMillis, long finalModelMillis, String provenanceJson,
                  List<String> warnings) {
    }

    void writeRequest(TrainingRequest r) throws IOException {
        TableFile.write(r.table(), table());
        Map<String, String> types = new java.util.LinkedHashMap<>();
        r.typeOverrides().forEach((c, t) -> types.put(c, t.name()));
        JSON.writeValue(settings().toFile(), new Settings(r.target(), r.task().id(), r.algorithm().id(),
                r.hyperparameters(), r.seed(), r.validation().toString(), r.stratify(), r.ignoredColumns(), types,
                r.featureColumns(), r.finalModel()));
    }

    TrainingRequest readRequest() throws IOException {
        DataTable table = TableFile.read(table());
        Settings s = JSON.readValue(settings().toFile(), Settings.class);
        TrainingRequest.Builder b = TrainingRequest.builder().table(table).target(s.target())
                .task(Task.fromId(s.task())).algorithm(s.algorithm()).hyperparameters(s.hyperparameters())
                .seed(s.seed()).validation(ValidationScheme.parse(s.validation())).stratify(s.stratify())
                .ignore(s.ignored()).featureColumns(s.featureColumns()).finalModel(s.finalModel());
        s.typeOverrides().forEach((c, t) -> b.typeOverride(c, ColumnType.valueOf(t)));
        return b.build();
    }

    void writeResult(TrainingResult r) throws IOException {
        if (r.model() != null) {
            r.model().serializeToFile(model());
        }
        JSON.writeValue(result().toFile(), new Result(r.task(), r.algorithm(), r.hyperparameters(), r.seed(),
                r.validation(), r.rowsUsed(), r.rowsDropped(), r.featureCount(), r.featureColumns(), r.classes(),
                r.folds(), r.mean(), r.std(), r.outOfFold(), r.featurizerSpec(), r.importances(), r.importanceKind(),
                r.totalMillis(), r.finalModelMillis(), r.provenanceJson(), r.warnings()));
    }

    TrainingResult readResult() throws IOException {
        Result r = JSON.readValue(result().toFile(), Result.class);
        Model<?> model = Files.exists(model()) ? Model.deserializeFromFile(model()) : null;
        return new TrainingResult(r.task(), r.algorithm(), r.hyperparameters(), r.seed(), r.validation(),
                r.rowsUsed(), r.rowsDropped(), r.featureCount(), r.featureColumns(), r.classes(), r.folds(), r.mean(),
                r.std(), r.outOfFold(), model, r.featurizerSpec(), r.importances(), r.importanceKind(),
                r.totalMillis(), r.finalModelMillis(), r.provenanceJson(), r.warnings());
    }
}
