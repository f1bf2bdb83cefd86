package io.modelwright.desktop.tryit;

import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.eval.ColumnContribution;
import io.modelwright.core.eval.LocalExplanation;
import io.modelwright.core.train.TableRows;
import io.modelwright.desktop.common.ErrorSink;
import io.modelwright.desktop.common.Tasks;
import io.modelwright.desktop.history.TrainingRun;
import io.modelwright.runtime.featurize.InvalidInputException;
import io.modelwright.runtime.score.Prediction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Try it panel: a form with one value per input column, pre-filled from a real row, and the prediction,
 * class scores and explanation that follow every edit. Edits are debounced and evaluated in the background;
 * an answer to an older edit is dropped.
 */
public final class TryItViewModel {
    /** Rows of the table the explanation compares against. */
    static final int BACKGROUND_ROWS = 50;

    private final TrainingRun run;
    private final DataTable table;
    private final RunPredictor predictor;
    private final Executor executor;
    private final ErrorSink errors;
    private final Duration debounce;
    private final List<InputField> fields;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper prediction = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper loadedRow = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<ClassScore> scores = FXCollections.observableArrayList();
    private final ObservableList<ColumnContribution> contributions = FXCollections.observableArrayList();
    // Views listen to these wrappers; held in fields so they are not garbage-collected (docs/desktop.md).
    private final ObservableList<ClassScore> scoresView = FXCollections.unmodifiableObservableList(scores);
    private final ObservableList<ColumnContribution> contributionsView =
            FXCollections.unmodifiableObservableList(contributions);
    private final AtomicLong generation = new AtomicLong();
    private ObservableList<Integer> cellRows = FXCollections.observableArrayList();
    private ReadOnlyStringProperty cellCaption = new ReadOnlyStringWrapper("").getReadOnlyProperty();
    private List<Object[]> background;
    private boolean loading;

    public TryItViewModel(TrainingRun run, Executor executor, ErrorSink errors) {
        this(run, executor, errors, Duration.ofMillis(200));
    }

    /** @param debounce how long the form must stay unchanged before it is evaluated */
    public TryItViewModel(TrainingRun run, Executor executor, ErrorSink errors, Duration debounce) {
        this.run = run;
        this.table = run.request().table();
        this.predictor = new RunPredictor(run.result(), run.request().target());
        this.executor = executor;
        this.errors = errors;
        this.debounce = debounce;
        this.fields = predictor.spec().inputs().stream().map(InputField::of).toList();
        for (InputField field : fields) {
            StringProperty value = new SimpleStringProperty("");
            value.addListener((observable, old, now) -> {
                if (!loading) {
                    loadedRow.set("edited");
                    evaluate();
                }
            });
            values.put(field.name(), value);
        }
    }

    /** @return "Try #1 Logistic regression" */
    public String title() {
        return "Try " + run.title();
    }

    /** @return what the model predicts, in words */
    public String subtitle() {
        String target = run.request().target();
        return target == null ? "Change a value and watch the " + run.result().task().id() + " follow."
                : "Change a value and watch the predicted " + target + " follow.";
    }

    public List<InputField> fields() {
        return fields;
    }

    /** @return the text in one field (what would be sent to the scorer) */
    public StringProperty value(String column) {
        return values.get(column);
    }

    /** @return how many rows the table has, for the row picker */
    public int rowCount() {
        return table.rowCount();
    }

    /** Fills the form with a row of the table and evaluates it. @param rowNumber 1-based */
    public void loadRow(int rowNumber) {
        int row = Math.max(1, Math.min(rowCount(), rowNumber)) - 1;
        loading = true;
        try {
            for (InputField field : fields) {
                Column column = table.column(field.name());
                values.get(field.name()).set(column.text(row));
            }
        } finally {
            loading = false;
        }
        String target = run.request().target();
        String actual = target == null ? "" : " (actual " + target + ": " + textOrMissing(table.column(target), row) + ")";
        loadedRow.set("row " + (row + 1) + actual);
        evaluate();
    }

    private static String textOrMissing(Column column, int row) {
        return column.isMissing(row) ? "missing" : column.text(row);
    }

    /**
     * Offers the rows behind the confusion-matrix cell selected on Results, so a person can load a misclassified row.
     *
     * @param rows    0-based row indices
     * @param caption what the rows are, e.g. "3 rows are versicolor, predicted as virginica."
     */
    public void offerCellRows(ObservableList<Integer> rows, ReadOnlyStringProperty caption) {
        this.cellRows = rows;
        this.cellCaption = caption;
    }

    /** @return 0-based rows of the selected confusion-matrix cell (empty when none is selected) */
    public ObservableList<Integer> cellRows() {
        return cellRows;
    }

    public ReadOnlyStringProperty cellCaptionProperty() {
        return cellCaption;
    }

    /** @return the form as the scorer would receive it: column name to text */
    public Map<String, Object> rawRow() {
        Map<String, Object> raw = new LinkedHashMap<>();
        values.forEach((name, value) -> raw.put(name, value.get()));
        return raw;
    }

    private void evaluate() {
        long current = generation.incrementAndGet();
        Map<String, Object> raw = rawRow();
        busy.set(true);
        Tasks.create(() -> compute(current, raw))
                .onSuccess(this::show)
                .onError(Throwable.class, error -> {
                    busy.set(false);
                    errors.show(error);
                })
                .runOn(executor);
    }

    private TryItOutcome compute(long current, Map<String, Object> raw) {
        try {
            Thread.sleep(debounce.toMillis());
        } catch (InterruptedException e) {
            // The app is closing or the screen was left: nobody waits for this answer any more.
            Thread.currentThread().interrupt();
            return new TryItOutcome(-1, null, null, null);
        }
        if (current != generation.get()) {
            return new TryItOutcome(current, null, null, null);
        }
        try {
            Object[] canonical = predictor.canonical(raw);
            Prediction p = predictor.predictCanonical(List.<Object[]>of(canonical)).get(0);
            if (current != generation.get()) {
                return new TryItOutcome(current, p, null, null);
            }
            LocalExplanation why = predictor.explain(canonical, background());
            return new TryItOutcome(current, p, why, null);
        } catch (InvalidInputException e) {
            return new TryItOutcome(current, null, null, e.getMessage());
        }
    }

    private synchronized List<Object[]> background() {
        if (background == null) {
            TableRows rows = new TableRows(table, predictor.spec());
            Random random = new Random(run.result().seed());
            List<Object[]> sample = new ArrayList<>();
            int n = Math.min(BACKGROUND_ROWS, table.rowCount());
            for (int index : random.ints(0, table.rowCount()).distinct().limit(n).toArray()) {
                sample.add(rows.row(index));
            }
            background = sample;
        }
        return background;
    }

    private void show(TryItOutcome outcome) {
        if (outcome.generation() != generation.get()) {
            return;
        }
        busy.set(false);
        if (outcome.problem() != null) {
            problem.set(outcome.problem());
            prediction.set("—");
            scores.clear();
            contributions.clear();
            return;
        }
        problem.set(String.join(" ", outcome.prediction().notes()));
        Prediction p = outcome.prediction();
        prediction.set(describe(p));
        List<ClassScore> bars = new ArrayList<>();
        p.scores().forEach((label, score) -> bars.add(new ClassScore(label, score, label.equals(p.label()))));
        bars.sort(java.util.Comparator.comparing(ClassScore::label));
        scores.setAll(bars);
        contributions.setAll(outcome.explanation() == null ? List.of() : outcome.explanation().contributions());
    }

    static String describe(Prediction p) {
        return switch (p.task()) {
            case CLASSIFICATION -> p.label();
            case REGRESSION -> InputField.number(Math.round(p.value() * 1000) / 1000.0);
            case CLUSTERING -> "cluster " + p.cluster();
            case ANOMALY -> (p.anomaly() ? "anomaly" : "normal")
                    + String.format(Locale.ROOT, " (score %.3f)", p.score());
        };
    }

    /** @return true when the scores are probabilities (bars read as percentages) */
    public boolean probabilities() {
        return predictor.task() == io.modelwright.runtime.artifact.ModelTask.CLASSIFICATION;
    }

    /** @return what the explanation's numbers measure */
    public String explanationCaption() {
        return switch (predictor.task()) {
            case CLASSIFICATION -> "How much each column moves the probability of the predicted class, "
                    + "compared with typical rows:";
            case REGRESSION -> "How much each column moves the predicted value, compared with typical rows:";
            default -> "How much each column moves the score, compared with typical rows:";
        };
    }

    public ReadOnlyStringProperty predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    /** @return a bad value in the form, or what the model decided on its own (e.g. an unseen category) */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** @return "row 12 (actual species: setosa)" or "edited" */
    public ReadOnlyStringProperty loadedRowProperty() {
        return loadedRow.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<ClassScore> scores() {
        return scoresView;
    }

    public ObservableList<ColumnContribution> contributions() {
        return contributionsView;
    }

    public TrainingRun run() {
        return run;
    }

    /** @return the predictor (the scorer's path), also what export checks the artifact against */
    public RunPredictor predictor() {
        return predictor;
    }
}
