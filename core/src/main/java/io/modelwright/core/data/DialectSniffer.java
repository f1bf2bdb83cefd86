package io.modelwright.core.data;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the first part of a file and decides its dialect: delimiter, quote, header, decimal separator and line
 * ending. Each part the user forced through {@link ImportOptions} is taken as given.
 */
final class DialectSniffer {
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int MAX_RECORDS = 200;
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})*,\\d+|[-+]?\\d+,\\d+");
    private static final Pattern DECIMAL_DOT = Pattern.compile("[-+]?\\d*\\.\\d+");
    private static final Pattern SINGLE_QUOTED = Pattern.compile("(^|[,;\\t|])'[^']*'([,;\\t|]|$)", Pattern.MULTILINE);

    private DialectSniffer() {
    }

    /**
     * @param sample  decoded text from the start of the file (BOM removed)
     * @param charset the detected or forced character set
     * @param bom     whether the file had a byte-order mark
     * @param options the user's overrides
     * @param missing missing tokens (a missing value does not argue for or against a header)
     */
    static CsvDialect sniff(String sample, Charset charset, boolean bom, ImportOptions options, MissingTokens missing) {
        char quote = sample.indexOf('"') < 0 && SINGLE_QUOTED.matcher(sample).find() ? '\'' : '"';
        char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(sample, quote);
        List<List<String>> records = records(sample, delimiter, quote);
        char decimal = options.decimalSeparator() != null ? options.decimalSeparator()
                : detectDecimal(records, delimiter);
        boolean header = options.header() != null ? options.header() : detectHeader(records, decimal, missing);
        return new CsvDialect(charset, bom, delimiter, quote, header, decimal, lineEnding(sample));
    }

    private static char detectDelimiter(String sample, char quote) {
        char best = ',';
        double bestConsistency = -1;
        int bestWidth = 1;
        for (char d : DELIMITERS) {
            List<List<String>> records = records(sample, d, quote);
            if (records.isEmpty()) {
                continue;
            }
            Map<Integer, Integer> widths = new HashMap<>();
            for (List<String> r : records) {
                widths.merge(r.size(), 1, Integer::sum);
            }
            var mode = widths.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (mode.getKey() < 2) {
                continue;
            }
            double consistency = mode.getValue() / (double) records.size();
            // The header line counts too: that is what tells ';' from ',' in "1,5;2,5" files.
            if (consistency > bestConsistency + 1e-9
                    || (Math.abs(consistency - bestConsistency) < 1e-9 && mode.getKey() > bestWidth)) {
                best = d;
                bestConsistency = consistency;
                bestWidth = mode.getKey();
            }
        }
        return best;
    }

    /** Parses as many records as the sample holds; a sample cut inside a quoted value just ends early. */
    static List<List<String>> records(String sample, char delimiter, char quote) {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(sample, CsvFormats.of(delimiter, quote))) {
            for (CSVRecord r : parser) {
                out.add(r.toList());
                if (out.size() >= MAX_RECORDS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Keep what was parsed: the rest of the file gets a precise error later.
        }
        return out;
    }

    private static char detectDecimal(List<List<String>> records, char delimiter) {
        if (delimiter == ',') {
            return '.';
        }
        int comma = 0;
        int dot = 0;
        for (List<String> r : records) {
            for (String v : r) {
                String t = v.trim();
                if (DECIMAL_COMMA.matcher(t).matches()) {
                    comma++;
                } else if (DECIMAL_DOT.matcher(t).matches()) {
                    dot++;
                }
            }
        }
        return comma > dot ? ',' : '.';
    }

    /**
     * A first row is data, not names, when some columns below it are numbers or dates and the first row has a
     * number or date in every one of those columns.
     */
    private static boolean detectHeader(List<List<String>> records, char decimal, MissingTokens missing) {
        if (records.size() < 2) {
            return true;
        }
        List<String> first = records.get(0);
        boolean anyTyped = false;
        for (int col = 0; col < first.size(); col++) {
            int values = 0;
            int typed = 0;
            for (int r = 1; r < records.size(); r++) {
                if (col < records.get(r).size()) {
                    String v = records.get(r).get(col).trim();
                    if (missing.indexOf(v) < 0) {
                        values++;
                        typed += looksTyped(v, decimal) ? 1 : 0;
                    }
                }
            }
            if (values > 0 && typed >= 0.9 * values) {
                anyTyped = true;
                String head = first.get(col).trim();
                if (missing.indexOf(head) < 0 && !looksTyped(head, decimal)) {
                    return true;
                }
            }
        }
        return !anyTyped;
    }

    private static boolean looksTyped(String v, char decimal) {
        if (!Double.isNaN(NumberParser.parse(v, decimal))) {
            return true;
        }
        return DateParser.plausible(v) && DateParser.detectPattern(List.of(v)) != null;
    }

    private static String lineEnding(String sample) {
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c == '\n') {
                return "\n";
            }
            if (c == '\r') {
                return i + 1 < sample.length() && sample.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
        }
        return "\n";
    }
}
