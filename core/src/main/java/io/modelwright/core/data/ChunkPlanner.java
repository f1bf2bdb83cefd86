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
 * Splits a large file into byte ranges at newlines so that chunks can be parsed in parallel. When the file uses
 * quotes, a newline counts only if an even number of quote bytes precede it (so it is not inside a quoted value).
 * <p>
 * Why a wrong guess is harmless: chunk 0 starts at a record boundary; if its parse ends cleanly, its end is a
 * boundary too (a cut inside a quoted value makes Commons CSV fail with "EOF reached before encapsulated token
 * finished"), and so on for each following chunk. Import uses the chunks only when every one parsed cleanly and
 * otherwise reads the file in one pass.
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
     * @param quoted whether quotes occur at all (if not, the cuts are found without reading the whole file)
     * @param chunks how many ranges to aim for
     * @return ranges covering [start, size); a single range when no safe split was found
     */
    static List<Range> plan(Path file, long start, long size, char quote, boolean quoted, int chunks)
            throws IOException {
        List<Long> cuts = new ArrayList<>();
        long[] targets = new long[chunks - 1];
        for (int i = 1; i < chunks; i++) {
            targets[i - 1] = start + (size - start) * i / chunks;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             InputStream in = Channels.newInputStream(ch)) {
            byte[] buf = new byte[1 << 16];
            if (!quoted) {
                for (long target : targets) {
                    long cut = nextLineStart(ch, target, buf);
                    if (cut > 0 && (cuts.isEmpty() || cut > cuts.get(cuts.size() - 1))) {
                        cuts.add(cut);
                    }
                }
                return ranges(cuts, start, size);
            }
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
        return ranges(cuts, start, size);
    }

    /** @return the offset just after the first newline at or after {@code from}, or -1 */
    private static long nextLineStart(FileChannel ch, long from, byte[] buf) throws IOException {
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(buf);
        long pos = from;
        int n;
        while ((n = ch.read(bb.clear(), pos)) > 0) {
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    return pos + i + 1;
                }
            }
            pos += n;
        }
        return -1;
    }

    private static List<Range> ranges(List<Long> cuts, long start, long size) {
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
