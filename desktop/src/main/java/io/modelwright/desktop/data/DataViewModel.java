package io.modelwright.desktop.data;

import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.DataWarning;
import io.modelwright.core.data.ImportResult;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the Data screen shows for one imported file: the rows (read lazily, cell by cell), a summary line per
 * column, the import warnings and a status line. Built once per loaded file; it does not change afterwards.
 */
public final class DataViewModel {
    private final ImportResult imported;
    private final GridSource rows;
    private final ObservableList<ColumnSummary> columnSummaries;
    private final ObservableList<String> warnings;
    private final ColumnRoles roles;

    public DataViewModel(ImportResult imported) {
        this.imported = imported;
        DataTable table = imported.table();
        this.rows = new TableGridSource(table, imported.profiles());
        this.columnSummaries = FXCollections.unmodifiableObservableList(FXCollections.observableList(
                table.columns().stream().map(c -> ColumnSummary.of(c, table.rowCount())).toList()));
        this.warnings = FXCollections.unmodifiableObservableList(FXCollections.observableList(warningTexts(imported)));
        this.roles = new ColumnRoles(table);
    }

    /** @return the table as imported */
    public DataTable table() {
        return imported.table();
    }

    /** @return each column's role and the chosen target, shared with the Train screen */
    public ColumnRoles roles() {
        return roles;
    }

    /** @return "Suggested task: classification", or a hint to pick a target */
    public String taskSuggestionText() {
        return roles.targetProperty().get() == null
                ? "No target: Modelwright will look for groups (clustering)."
                : "Suggested task: " + roles.suggestedTaskProperty().get().id();
    }

    /** @return the table's columns, in file order */
    public List<Column> columns() {
        return imported.table().columns();
    }

    /** @return the rows as the grid reads them: cell texts made on demand, nothing kept per row */
    GridSource rows() {
        return rows;
    }

    public ObservableList<ColumnSummary> columnSummaries() {
        return columnSummaries;
    }

    /** @return one sentence per warning, prefixed with the column it concerns */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** @return "iris.csv", as shown in the status line and heading */
    public String fileName() {
        Path file = imported.file();
        return file == null || file.getFileName() == null ? "" : file.getFileName().toString();
    }

    /** @return "150 rows · 5 columns" */
    public String shapeText() {
        DataTable table = imported.table();
        return count(table.rowCount(), "row") + " · " + count(table.columnCount(), "column");
    }

    /** @return "iris.csv · 150 rows · 5 columns · UTF-8, comma-separated, decimal point" */
    public String statusText() {
        List<String> parts = new ArrayList<>();
        parts.add(fileName());
        parts.add(shapeText());
        String dialect = DialectDescription.of(imported.dialect());
        if (!dialect.isEmpty()) {
            parts.add(dialect);
        }
        if (imported.skippedRows() > 0) {
            parts.add(count(imported.skippedRows(), "bad row") + " skipped");
        }
        return String.join(" · ", parts);
    }

    private static List<String> warningTexts(ImportResult imported) {
        List<String> texts = new ArrayList<>();
        List<DataWarning> warnings = imported.warnings() == null ? List.of() : imported.warnings();
        for (DataWarning warning : warnings) {
            texts.add(warning.column() == null ? warning.message() : warning.column() + ": " + warning.message());
        }
        return texts;
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
