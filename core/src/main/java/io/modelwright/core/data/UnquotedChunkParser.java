package io.modelwright.core.data;

import io.modelwright.core.task.CancellationToken;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Import's fast path for a stretch of a file in which the quote character does not occur. Without quotes a record
 * ends at every line break and a field at every delimiter, exactly as Commons CSV reads them, so a byte scan finds
 * them; numbers and missing tokens are then read straight from the bytes, with no String per cell.
 * <p>
 * It gives up (returns null) at the first quote character and at the first row with the wrong number of fields;
 * {@link ChunkParser} (Commons CSV) then parses the stretch, so quoting rules, bad rows and line numbers in messages
 * stay Commons CSV's. See docs/decisions/0009-unquoted-fast-path.md.
 */
final class UnquotedChunkParser {
    private static final int BLOCK = 1 << 20;
    private static final int CANCEL_CHECK_EVERY = 4096;
    private static final int PUBLISH_EVERY = 1 << 18;

    private final ColumnAccumulator[] columns;
    private final int expectedFields;
    private final byte delimiter;
    private final byte quote;
    /** Bytes that end a field or mean "give up": delimiter, CR, LF and the quote. */
    private final boolean[] special = new boolean[256];
    private final CharsetDecoder decoder;
    private final CancellationToken cancel;
    private List<String> header;
    private boolean headerWanted;
    private int rows;

    private UnquotedChunkParser(CsvDialect dialect, Charset charset, int expectedFields, boolean readHeader,
                                MissingTokens missing, int expectedRows, CancellationToken cancel) {
        this.expectedFields = expectedFields;
        this.delimiter = (byte) dialect.delimiter();
        this.quote = (byte) dialect.quote();
        this.headerWanted = readHeader;
        this.cancel = cancel;
        // The same decoder settings as the Commons CSV path, so a bad byte fails (or is replaced) the same way.
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        special[delimiter & 0xFF] = true;
        special[quote & 0xFF] = true;
        special['\n'] = true;
        special['\r'] = true;
        columns = new ColumnAccumulator[expectedFields];
        for (int i = 0; i < expectedFields; i++) {
            columns[i] = new ColumnAccumulator(dialect.decimalSeparator(), missing, expectedRows);
        }
    }

    /** @return true when delimiter and quote are single bytes that cannot occur inside another character */
    static boolean applicable(Charset charset, CsvDialect dialect) {
        char d = dialect.delimiter();
        char q = dialect.quote();
        return ChunkPlanner.splittable(charset) && d < 0x80 && q < 0x80 && d != q
                && d != '\n' && d != '\r' && q != '\n' && q != '\r';
    }

    /**
     * @return what the stretch yielded, or null when it holds a quote character or a row with the wrong number of
     * fields (the caller then parses it with Commons CSV)
     * @throws ChunkParser.WrongEncoding when the bytes are not valid in {@code charset}
     */
    static ChunkParser.Result parse(FileChannel channel, ChunkPlanner.Range range, Charset charset, CsvDialect dialect,
                                    int expectedFields, boolean readHeader, MissingTokens missing, int expectedRows,
                                    ByteProgress bytes, CancellationToken cancel) throws IOException {
        UnquotedChunkParser parser = new UnquotedChunkParser(dialect, charset, expectedFields, readHeader, missing,
                expectedRows, cancel);
        byte[] buf = new byte[(int) Math.min(BLOCK, Math.max(16, range.end() - range.start()))];
        int filled = 0;
        long position = range.start();
        long published = 0;
        long unpublished = 0;
        boolean complete = false;
        try {
            while (true) {
                while (filled < buf.length && position < range.end()) {
                    int want = (int) Math.min(buf.length - filled, range.end() - position);
                    int n = channel.read(ByteBuffer.wrap(buf, filled, want), position);
                    if (n < 0) {
                        break;
                    }
                    filled += n;
                    position += n;
                    unpublished += n;
                }
                boolean last = position >= range.end() || filled < buf.length;
                int cut = last ? filled : afterLastLineBreak(buf, filled);
                if (cut < 0) {
                    buf = Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
                    continue;
                }
                if (!parser.scan(buf, 0, cut)) {
                    return null;
                }
                if (unpublished >= PUBLISH_EVERY) {
                    bytes.add(unpublished);
                    published += unpublished;
                    unpublished = 0;
                }
                System.arraycopy(buf, cut, buf, 0, filled - cut);
                filled -= cut;
                if (last) {
                    bytes.add(unpublished);
                    complete = true;
                    return new ChunkParser.Result(parser.columns, parser.rows, 0, 0, 0, parser.header);
                }
            }
        } finally {
            if (!complete && published > 0) {
                bytes.add(-published); // Commons CSV reads this stretch again and counts it
            }
        }
    }

    /**
     * @return the index just after the last line break that is known to end a line (a CR in the last byte might be
     * the first half of CR LF), or -1 when there is none
     */
    private static int afterLastLineBreak(byte[] buf, int filled) {
        for (int i = filled - 1; i >= 0; i--) {
            byte b = buf[i];
            if (b == '\n' || (b == '\r' && i < filled - 1)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Reads the whole records in {@code b[from, to)}. @return false to give up */
    private boolean scan(byte[] b, int from, int to) {
        boolean[] special = this.special;
        int p = from;
        while (p < to) {
            byte first = b[p];
            if (first == '\n' || first == '\r') {
                p++; // an empty line: Commons CSV skips it (ignoreEmptyLines)
                continue;
            }
            List<String> headerFields = headerWanted ? new ArrayList<>() : null;
            int field = 0;
            boolean blankLine = false;
            while (true) {
                int start = p;
                int ascii = 0;
                byte c;
                while (p < to && !special[(c = b[p]) & 0xFF]) {
                    ascii |= c;
                    p++;
                }
                if (p < to && b[p] == quote) {
                    return false;
                }
                boolean endOfRecord = p == to || b[p] != delimiter;
                if (headerFields != null) {
                    headerFields.add(decode(b, start, p));
                } else if (endOfRecord && field == 0 && expectedFields != 1) {
                    if (!blank(b, start, p)) {
                        return false; // one field where more are expected: a bad row
                    }
                    blankLine = true; // a line of spaces: nothing to import, nothing wrong (as in ChunkParser)
                } else if (field < expectedFields) {
                    if (ascii >= 0) {
                        columns[field].add(b, start, p);
                    } else {
                        columns[field].add(decode(b, start, p));
                    }
                }
                field++;
                if (!endOfRecord) {
                    p++;
                    continue;
                }
                if (p < to) {
                    p += b[p] == '\r' && p + 1 < to && b[p + 1] == '\n' ? 2 : 1;
                }
                break;
            }
            if (headerFields != null) {
                header = headerFields;
                headerWanted = false;
            } else if (!blankLine) {
                if (field != expectedFields) {
                    return false;
                }
                if (++rows % CANCEL_CHECK_EVERY == 0) {
                    cancel.throwIfCancelled();
                }
            }
        }
        return true;
    }

    /** {@link String#isBlank()} for ASCII; anything else is not treated as blank here (Commons CSV decides). */
    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c < 0 || !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private String decode(byte[] b, int from, int to) {
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(b, from, to - from));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new ChunkParser.WrongEncoding(e);
        }
    }
}
