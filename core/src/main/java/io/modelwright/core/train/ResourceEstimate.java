package io.modelwright.core.train;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.runtime.schema.ColumnType;

import java.util.ArrayList;
import java.util.List;

/**
 * A rough memory and time forecast made before training, so a person hears "this will be slow" before waiting.
 *
 * @param rows     rows to train on
 * @param features expected model features (one per number, one per category level, four or five per date)
 * @param bytes    rough peak memory in bytes for one training run
 * @param warnings what a person should know, in words; empty when nothing stands out
 */
public record ResourceEstimate(int rows, int features, long bytes, List<String> warnings) {
    /** Above this many rows, algorithms that scale badly are flagged. */
    static final int LARGE_ROWS = 20_000;
    /** Tribuo holds names and values per example, the trainer its own copy, XGBoost a native one. */
    private static final long BYTES_PER_VALUE = 40;
    private static final long BYTES_PER_ROW = 200;

    /** @return the forecast for a request */
    public static ResourceEstimate of(TrainingRequest request) {
        int features = 0;
        for (String name : request.featureColumns()) {
            Column c = request.table().column(name);
            features += c instanceof CategoricalColumn cat ? cat.levels().size()
                    : c.type() == ColumnType.DATETIME ? 5 : 1;
            features += c.missingCount() > 0 ? 1 : 0;
        }
        return of(request.algorithm(), request.table().rowCount(), features, Runtime.getRuntime().maxMemory());
    }

    /** @return the forecast for an algorithm on rows × features with the given memory limit */
    public static ResourceEstimate of(AlgorithmSpec algorithm, int rows, int features, long maxMemory) {
        long bytes = (long) rows * features * BYTES_PER_VALUE + (long) rows * BYTES_PER_ROW;
        List<String> warnings = new ArrayList<>();
        if (bytes > maxMemory / 2) {
            warnings.add(String.format("Training may need about %,d MB of memory but Modelwright may use %,d MB."
                    + " Use fewer rows or columns, or start Modelwright with more memory (-Xmx).",
                    bytes >> 20, maxMemory >> 20));
        }
        if (algorithm.slowOnLargeData() && rows > LARGE_ROWS) {
            warnings.add(String.format("%s gets slow on large data (%,d rows): expect minutes per fold."
                    + " XGBoost, random forest or a linear model are much faster.", algorithm.displayName(), rows));
        }
        if (features > 5_000) {
            warnings.add(String.format("The data becomes %,d features (categories with many values each add one"
                    + " per value). Consider ignoring columns with many distinct values.", features));
        }
        return new ResourceEstimate(rows, features, bytes, List.copyOf(warnings));
    }
}
