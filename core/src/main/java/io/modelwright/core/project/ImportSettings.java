package io.modelwright.core.project;

import io.modelwright.core.data.ImportOptions;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How the CSV file was read, as confirmed by the user: everything needed to read it again the same way.
 * Unlike {@link ImportOptions} nothing here means "detect"; every value is decided.
 *
 * @param encoding         character set name, e.g. {@code UTF-8}
 * @param delimiter        field delimiter
 * @param decimalSeparator '.' or ','
 * @param header           true when the first line holds column names
 * @param skipBadRows      rows with the wrong number of fields were skipped rather than failing import
 * @param missingTokens    values that mean "missing"
 */
public record ImportSettings(String encoding, char delimiter, char decimalSeparator, boolean header,
                             boolean skipBadRows, List<String> missingTokens) {

    public ImportSettings {
        Objects.requireNonNull(encoding, "encoding");
        missingTokens = missingTokens == null ? ImportOptions.DEFAULT_MISSING_TOKENS : List.copyOf(missingTokens);
    }

    /**
     * @param decisions the confirmed columns, whose types become type overrides
     * @return import options that read the file exactly as it was confirmed
     */
    public ImportOptions toImportOptions(List<SchemaDecision> decisions) {
        return new ImportOptions(Charset.forName(encoding), delimiter, decimalSeparator, header, skipBadRows,
                missingTokens, decisions.stream().collect(Collectors.toMap(SchemaDecision::column,
                        SchemaDecision::type)));
    }

    /** @return the typed settings of {@code options} (its null "detect" values replaced by those found) */
    public static ImportSettings of(Charset encoding, char delimiter, char decimalSeparator, boolean header,
                                    ImportOptions options) {
        return new ImportSettings(encoding.name(), delimiter, decimalSeparator, header, options.skipBadRows(),
                options.missingTokens());
    }
}
