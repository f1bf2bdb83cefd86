package io.modelwright.core.data;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.List;
import java.util.Locale;

/**
 * What {@code modelwright inspect} shows about an imported file: dialect, and per column its type, missing and
 * distinct counts and the reason for the type; then the warnings. Shared by the command line and the desktop.
 *
 * @param file             the file as given
 * @param encoding         character set name
 * @param delimiter        the field separator ("\t" for tab)
 * @param decimalSeparator "." or ","
 * @param header           whether the first line held column names
 * @param rows             data rows imported
 * @param columns          one entry per column, in file order
 * @param warnings         what a person should know
 */
@JsonPropertyOrder({"file", "encoding", "delimiter", "decimalSeparator", "header", "rows", "columns", "warnings"})
public record InspectReport(String file, String encoding, String delimiter, String decimalSeparator, boolean header,
                            int rows, List<ColumnSummary> columns, List<WarningSummary> warnings) {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    /** One column: {@code type} is a {@link io.modelwright.runtime.schema.ColumnType#id()}. */
    @JsonPropertyOrder({"name", "type", "missing", "distinct", "reason"})
    public record ColumnSummary(String name, String type, int missing, int distinct, String reason) {
    }

    /** One warning: {@code kind} is the lower-case-with-dashes name of {@link DataWarning.Kind}. */
    @JsonPropertyOrder({"kind", "column", "message"})
    public record WarningSummary(String kind, String column, String message) {
    }

    /** @return the report for an import */
    public static InspectReport of(ImportResult result) {
        CsvDialect d = result.dialect();
        List<ColumnSummary> columns = result.table().columns().stream()
                .map(c -> new ColumnSummary(c.name(), c.type().id(), c.missingCount(),
                        result.profiles().get(c.name()).distinct(), c.reason()))
                .toList();
        List<WarningSummary> warnings = result.warnings().stream()
                .map(w -> new WarningSummary(kindId(w.kind()), w.column(), w.message()))
                .toList();
        return new InspectReport(result.file().toString(), d.encoding().name(), String.valueOf(d.delimiter()),
                String.valueOf(d.decimalSeparator()), d.header(), result.table().rowCount(), columns, warnings);
    }

    /** @return LIKELY_IDENTIFIER as "likely-identifier" */
    public static String kindId(DataWarning.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return this report as one line of JSON */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the report as JSON", e);
        }
    }

    /** @return this report as a table for a terminal */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(file).append('\n');
        out.append(String.format(Locale.US, "%s, delimiter %s, decimal '%s', %s, %s rows%n", encoding,
                "\t".equals(delimiter) ? "tab" : "'" + delimiter + "'", decimalSeparator,
                header ? "header line" : "no header line", TypeReasons.count(rows)));
        int nameWidth = Math.max(6, columns.stream().mapToInt(c -> c.name().length()).max().orElse(0));
        String row = "%-" + nameWidth + "s  %-11s  %7s  %8s  %s%n";
        out.append('\n').append(String.format(Locale.US, row, "column", "type", "missing", "distinct", "reason"));
        for (ColumnSummary c : columns) {
            out.append(String.format(Locale.US, row, c.name(), c.type(), c.missing(), c.distinct(), c.reason()));
        }
        if (!warnings.isEmpty()) {
            out.append("\nWarnings:\n");
            for (WarningSummary w : warnings) {
                out.append("  - ").append(w.message()).append('\n');
            }
        }
        return out.toString();
    }
}
