package io.modelwright.core.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything import learned about a file.
 *
 * @param file        the file that was read
 * @param dialect     the dialect used (detected or forced)
 * @param table       the typed table
 * @param profiles    column name to profile (counts, ranges, top categories, histogram)
 * @param warnings    things a data scientist would want to know (ID column, constant, many missing, ...)
 * @param skippedRows how many bad rows were skipped (only with {@link ImportOptions#skipBadRows()})
 */
public record ImportResult(Path file, CsvDialect dialect, DataTable table, Map<String, ColumnProfile> profiles,
                           List<DataWarning> warnings, int skippedRows) {
}
