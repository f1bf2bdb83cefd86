package io.modelwright.runtime.featurize;

import io.modelwright.runtime.schema.ColumnType;

import java.util.List;

/**
 * Everything the featurizer knows about one input column, learned on the training rows and saved with the model.
 *
 * @param name             column name as in the CSV header
 * @param type             numeric, integer, boolean, datetime or categorical
 * @param imputation       how a missing value is filled
 * @param fillValue        numeric fill (numeric, integer, boolean, datetime: epoch seconds)
 * @param fillLevel        categorical fill level (null: no level switched on)
 * @param missingIndicator add a {@code name.missing} feature that is 1 when the value was missing
 * @param standardize      subtract {@link #mean} and divide by {@link #scale} (numeric parts only)
 * @param mean             training mean used for standardizing (after imputation)
 * @param scale            training standard deviation used for standardizing (1 when constant)
 * @param levels           categorical levels seen in training, in a fixed order (empty for other types)
 * @param format           how raw text is read: datetime {@link java.time.format.DateTimeFormatter} pattern,
 *                         boolean "trueToken|falseToken"; null otherwise
 * @param dateParts        parts a datetime becomes (empty for other types)
 * @param partMeans        per date part, the training mean used for standardizing (empty unless datetime)
 * @param partScales       per date part, the training standard deviation (empty unless datetime)
 * @param min              smallest training value (numeric types), for people and validation hints; NaN if none
 * @param max              largest training value, likewise
 */
public record InputSpec(String name, ColumnType type, Imputation imputation, double fillValue, String fillLevel,
                        boolean missingIndicator, boolean standardize, double mean, double scale,
                        List<String> levels, String format, List<DatePart> dateParts, List<Double> partMeans,
                        List<Double> partScales, double min, double max) {

    public InputSpec {
        levels = levels == null ? List.of() : List.copyOf(levels);
        dateParts = dateParts == null ? List.of() : List.copyOf(dateParts);
        partMeans = partMeans == null ? List.of() : List.copyOf(partMeans);
        partScales = partScales == null ? List.of() : List.copyOf(partScales);
        if (type != ColumnType.NUMERIC && type != ColumnType.INTEGER && type != ColumnType.BOOLEAN
                && type != ColumnType.DATETIME && type != ColumnType.CATEGORICAL) {
            throw new IllegalArgumentException("Column '" + name + "' of type " + type.id() + " cannot be a feature");
        }
        if (scale == 0 || Double.isNaN(scale)) {
            scale = 1;
        }
    }

    /** @return true when values are categories (one-hot features) rather than numbers */
    public boolean isCategorical() {
        return type == ColumnType.CATEGORICAL;
    }
}
