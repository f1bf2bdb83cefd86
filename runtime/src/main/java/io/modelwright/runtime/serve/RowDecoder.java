package io.modelwright.runtime.serve;

import io.modelwright.runtime.featurize.InvalidInputException;
import io.modelwright.runtime.score.Scorer;

import java.util.ArrayList;
import java.util.List;

/**
 * Validates raw rows through the scorer's featurizer path. Collects the errors of all bad rows (up to a limit)
 * so a client can fix them in one go; any bad row fails the request with 400.
 */
final class RowDecoder {
    private static final int MAX_REPORTED = 20;

    private RowDecoder() {
    }

    static List<Object[]> decode(Scorer scorer, List<RawRow> rows) {
        List<Object[]> canonical = new ArrayList<>(rows.size());
        List<HttpError.RowError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RawRow row = rows.get(i);
            try {
                canonical.add(row.named() != null ? scorer.toCanonical(row.named())
                        : scorer.toCanonicalPositional(row.positional()));
            } catch (InvalidInputException e) {
                if (errors.size() < MAX_REPORTED) {
                    errors.add(new HttpError.RowError(i + 1, e.column(), e.getMessage()));
                }
            }
        }
        if (!errors.isEmpty()) {
            HttpError.RowError first = errors.get(0);
            String message = "Row " + first.row() + ": " + first.message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more bad rows; see errors)" : "");
            throw new HttpError(400, message, errors);
        }
        return canonical;
    }
}
