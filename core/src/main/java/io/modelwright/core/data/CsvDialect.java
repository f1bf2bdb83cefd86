package io.modelwright.core.data;

import java.nio.charset.Charset;

/**
 * How a CSV file is written: detected by import, each part overridable.
 *
 * @param encoding         character set (UTF-8, UTF-16LE/BE, windows-1252, ...)
 * @param bom              true when the file starts with a byte-order mark
 * @param delimiter        field separator: ',' ';' '\t' or '|'
 * @param quote            quote character, usually '"'
 * @param header           true when the first record holds column names
 * @param decimalSeparator '.' or ',' (as in "1,5" in a ';'-separated file)
 * @param lineEnding       "\n", "\r\n" or "\r" (the first one seen)
 */
public record CsvDialect(Charset encoding, boolean bom, char delimiter, char quote, boolean header,
                         char decimalSeparator, String lineEnding) {
}
