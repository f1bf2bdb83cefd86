package io.modelwright.desktop.batch;

import io.modelwright.core.ModelwrightException;
import io.modelwright.desktop.common.ErrorSink;
import io.modelwright.desktop.common.Tasks;
import io.modelwright.desktop.history.TrainingRun;
import io.modelwright.runtime.batch.BatchScorer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.BufferedReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * Score a CSV file with a run's model, through the scorer's own batch code ({@link BatchScorer}): the same output
 * the exported scorer's {@code batch} command writes. Shows the first lines and where the file went.
 */
public final class BatchViewModel {
    static final int PREVIEW_LINES = 20;

    private final TrainingRun run;
    private final Executor executor;
    private final ErrorSink errors;
    private final StringProperty input = new SimpleStringProperty("");
    private final StringProperty output = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final BooleanBinding canScore;

    public BatchViewModel(TrainingRun run, Executor executor, ErrorSink errors) {
        this.run = run;
        this.executor = executor;
        this.errors = errors;
        input.addListener((observable, old, now) -> {
            if (output.get().isEmpty() || output.get().equals(suggestedOutput(old))) {
                output.set(suggestedOutput(now));
            }
        });
        canScore = Bindings.createBooleanBinding(() -> !busy.get() && !input.get().isBlank() && !output.get().isBlank(),
                busy, input, output);
    }

    static String suggestedOutput(String in) {
        if (in == null || in.isBlank()) {
            return "";
        }
        return in.trim().replaceFirst("(\\.csv)?$", "-scored.csv");
    }

    /** Scores the input file into the output file in the background. */
    public void score() {
        if (!canScore.get()) {
            return;
        }
        Path in = Path.of(input.get().trim());
        Path out = Path.of(output.get().trim());
        busy.set(true);
        status.set("Scoring " + in.getFileName() + "…");
        Tasks.create(() -> {
                    if (!Files.isRegularFile(in)) {
                        throw new ModelwrightException("There is no file " + in + ". Choose the CSV to score.");
                    }
                    if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                        throw new ModelwrightException("Write the scores to another file: scoring would overwrite "
                                + in.getFileName() + ".");
                    }
                    BatchScorer scorer = new BatchScorer(RunScorer.load(run.result(), run.request().target()));
                    BatchScorer.Result result;
                    try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                         Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                        result = scorer.score(reader, writer);
                    }
                    List<String> first;
                    try (var lines = Files.lines(out, StandardCharsets.UTF_8)) {
                        first = lines.limit(PREVIEW_LINES).toList();
                    }
                    return new Scored(result, first);
                })
                .onSuccess(scored -> {
                    busy.set(false);
                    preview.setAll(scored.first());
                    status.set(String.format(Locale.ROOT, "%,d rows scored%s. Saved to %s", scored.result().rows(),
                            scored.result().errors() == 0 ? "" : String.format(Locale.ROOT,
                                    "; %,d could not be (see the error column)", scored.result().errors()), out));
                })
                .onError(Throwable.class, error -> {
                    busy.set(false);
                    status.set("Nothing was scored.");
                    errors.show(error);
                })
                .runOn(executor);
    }

    private record Scored(BatchScorer.Result result, List<String> first) {
    }

    public String title() {
        return "Score a CSV file with " + run.title();
    }

    /** @return the columns the file needs */
    public String expects() {
        return "The file needs the columns " + String.join(", ", run.result().featureColumns())
                + " (with a header line, or in this order without one). Each line gets its prediction; a line "
                + "that cannot be scored gets an error in the last column instead.";
    }

    public StringProperty inputProperty() {
        return input;
    }

    public StringProperty outputProperty() {
        return output;
    }

    public BooleanBinding canScore() {
        return canScore;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<String> preview() {
        return preview;
    }
}
