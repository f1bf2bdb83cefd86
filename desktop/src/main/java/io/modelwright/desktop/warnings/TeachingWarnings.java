package io.modelwright.desktop.warnings;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.DataWarning;
import io.modelwright.core.data.LeakageDetector;
import io.modelwright.core.train.ClassCounts;
import io.modelwright.core.train.Task;
import io.modelwright.core.train.ValidationScheme;
import io.modelwright.runtime.schema.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** One sentence each, shown where the choice is made, for the mistakes students make most. */
public final class TeachingWarnings {
    private static final int MAX_LABEL_LEVELS = 20;
    private static final Pattern LABEL_NAMES = Pattern.compile(
            "(?i).*(label|class|target|species|outcome|diagnosis|survived|churn|default|grade|quality|result).*|y");
    private TeachingWarnings() {
    }

    /**
     * @param target     the column to predict, or null
     * @param ignored    columns left out of training (a suspect the student already left out is not repeated)
     * @param validation the chosen validation
     * @return sentences, most important first; empty when nothing is wrong
     */
    public static List<String> forTraining(DataTable table, String target, Task task, List<String> ignored,
                                           ValidationScheme validation) {
        List<String> out = new ArrayList<>();
        if (target == null && task != null && !task.needsTarget()) {
            likelyLabel(table, ignored).ifPresent(label -> out.add("No target is picked, so Modelwright looks for "
                    + "groups using every feature column, including '" + label + "'. To predict '" + label
                    + "', pick it as the target on the Data screen; to find groups without it, set its role to ignore."));
            return out;
        }
        if (target == null || table.find(target).isEmpty()) {
            return out;
        }
        for (DataWarning suspect : LeakageDetector.leakageSuspects(table, target)) {
            if (!ignored.contains(suspect.column())) {
                out.add("Possible target leakage: " + suspect.message());
            }
        }
        if (task == Task.CLASSIFICATION) {
            Map<String, Integer> counts = ClassCounts.of(table.column(target));
            int needed = validation.isCrossValidation() ? validation.folds() : 2;
            counts.forEach((label, count) -> {
                if (count < needed) {
                    out.add("The class '" + label + "' has only " + count + (count == 1 ? " row" : " rows")
                            + (validation.isCrossValidation() ? ", fewer than the " + needed + " folds: some folds "
                            + "will be tested without it. Use fewer folds, or collect more rows of it."
                            : ": the hold-out may test without it or train without it. Collect more rows of it."));
                }
            });
        }
        return out;
    }

    /** The sentence for scoring a model on the rows it learned from. */
    public static String trainingDataScore() {
        return "Scored on the rows it learned from, a model always looks better than it will on new rows: judge it "
                + "by the score on rows it has not seen.";
    }

    /**
     * A feature column that looks like the answer a student meant to predict: a category or yes/no column with
     * a few levels, preferably named like one ("label", "class", "species"...), else the last such column, as
     * datasets usually put the label last.
     */
    private static Optional<String> likelyLabel(DataTable table, List<String> ignored) {
        List<String> candidates = table.columns().stream()
                .filter(column -> !ignored.contains(column.name()))
                .filter(column -> column.type() == ColumnType.BOOLEAN || column instanceof CategoricalColumn c
                        && c.levels().size() >= 2 && c.levels().size() <= MAX_LABEL_LEVELS)
                .map(Column::name)
                .toList();
        return candidates.stream().filter(name -> LABEL_NAMES.matcher(name).matches()).findFirst()
                .or(() -> candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(candidates.size() - 1)));
    }
}
