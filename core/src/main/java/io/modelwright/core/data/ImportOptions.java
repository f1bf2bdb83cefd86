package io.modelwright.core.data;

import io.modelwright.runtime.schema.ColumnType;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * What the user told import, on top of detection. Null means "detect".
 *
 * @param encoding         force a character set
 * @param delimiter        force a delimiter
 * @param decimalSeparator force '.' or ','
 * @param header           force header present (true) or absent (false)
 * @param skipBadRows      skip rows with the wrong number of fields (counted and reported) instead of failing
 * @param missingTokens    values that mean "missing" (case-insensitive, after trimming); null = the defaults
 * @param typeOverrides    column name to type, replacing inference
 */
public record ImportOptions(Charset encoding, Character delimiter, Character decimalSeparator, Boolean header,
                            boolean skipBadRows, List<String> missingTokens, Map<String, ColumnType> typeOverrides) {

    /** The missing-value tokens used unless the user configures others. */
    public static final List<String> DEFAULT_MISSING_TOKENS = List.of("", "NA", "N/A", "null", "NaN", "?", "-", ".");

    public ImportOptions {
        missingTokens = missingTokens == null ? DEFAULT_MISSING_TOKENS : List.copyOf(missingTokens);
        typeOverrides = typeOverrides == null ? Map.of() : Map.copyOf(typeOverrides);
    }

    /** @return options that detect everything */
    public static ImportOptions detect() {
        return new ImportOptions(null, null, null, null, false, null, null);
    }
}
