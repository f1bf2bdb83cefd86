package io.modelwright.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a large file into byte ranges that start at a record boundary so that chunks can be parsed in parallel.
 * A newline is a boundary when an even number of quote bytes precede it. Where that guess is wrong (a stray quote
 * in an unquoted value), parsing the chunk fails, and import falls back to one sequential pass.
 */
final class ChunkPlanner {
    /** A byte range [start, end) of the file. */
    record Range(long start, long end) {
    }

    private ChunkPlanner() {
    }

    /** @return true when quote and newline bytes cannot be part of a multi-byte character */
    static boolean splittable(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)
                || charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(EncodingDetector.WINDOWS_1252);
    }

    /**
     * @param file   the file
     * @param start  the first byte after any byte-order mark
     * @param size   file size
     * @param quote  the quote character
     * @param chunks how many ranges to aim for
     * @return ranges covering [start, size); a single range when no safe split was found
     */
    static List<Range> plan(Path file, long start, long size, char quote, int chunks) throws IOException {
        List<Long> cuts = new ArrayList<>();
        long[] targets = new long[chunks - 1];
        for (int i = 1; i < chunks; i++) {
            targets[i - 1] = start + (size - start) * i / chunks;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             InputStream in = Channels.newInputStream(ch)) {
            byte[] buf = new byte[1 << 16];
            long pos = start;
            ch.position(start);
            boolean inQuotes = false;
            int next = 0;
            int n;
            while (next < targets.length && (n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == quote) {
                        inQuotes = !inQuotes;
                    } else if (b == '\n' && !inQuotes && pos + i >= targets[next]) {
                        cuts.add(pos + i + 1);
                        if (++next == targets.length) {
                            break;
                        }
                    }
                }
                pos += n;
            }
        }
        List<Range> ranges = new ArrayList<>();
        long from = start;
        for (long cut : cuts) {
            if (cut < size) {
                ranges.add(new Range(from, cut));
                from = cut;
            }
        }
        ranges.add(new Range(from, size));
        return ranges;
    }
}
