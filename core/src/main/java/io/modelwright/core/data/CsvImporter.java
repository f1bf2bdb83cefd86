package io.modelwright.core.data;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Reads a CSV file into a typed {@link DataTable}: detects the dialect, types each column with a reason,
 * profiles it and collects warnings. Large files are parsed in chunks on several threads.
 */
public final class CsvImporter {
    static final int SAMPLE_BYTES = 64 * 1024;
    /** Below this size one thread is as fast as several. */
    static final long DEFAULT_PARALLEL_THRESHOLD = 8L << 20;

    private final long memoryBudget;
    private final long parallelThreshold;
    private final int threads;
    private final boolean unquotedFastPath;

    /** An importer that may use the heap the JVM has left and every core (up to 4). */
    public CsvImporter() {
        this(-1, DEFAULT_PARALLEL_THRESHOLD, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** For tests: a fixed memory budget (-1 = the JVM's) and when to parse in parallel. */
    CsvImporter(long memoryBudget, long parallelThreshold, int threads) {
        this(memoryBudget, parallelThreshold, threads, true);
    }

    /** For tests: {@code unquotedFastPath} false parses everything with Commons CSV, to compare the two paths. */
    CsvImporter(long memoryBudget, long parallelThreshold, int threads, boolean unquotedFastPath) {
        this.memoryBudget = memoryBudget;
        this.parallelThreshold = parallelThreshold;
        this.threads = threads;
        this.unquotedFastPath = unquotedFastPath;
    }

    /**
     * Imports a file.
     *
     * @param file     the CSV file
     * @param options  overrides; {@link ImportOptions#detect()} to detect everything
     * @param progress receives bytes read / total bytes
     * @param cancel   checked regularly; cancelling throws {@link io.modelwright.core.task.CancelledException}
     * @return the table with its dialect, profiles and warnings
     * @throws CsvImportException with a message naming the file, line and column, and what to do
     */
    public ImportResult load(Path file, ImportOptions options, ProgressListener progress, CancellationToken cancel) {
        long size = InputFileCheck.check(file, memoryBudget);
        byte[] sample = readSample(file, size);
        EncodingDetector.Detected encoding = encoding(file, sample, options);
        ByteProgress bytes = new ByteProgress(size, progress, cancel);
        try {
            return loadAs(file, size, sample, encoding, options, bytes, cancel);
        } catch (ChunkParser.WrongEncoding e) {
            if (options.encoding() != null || !encoding.charset().equals(StandardCharsets.UTF_8)) {
                throw new CsvImportException(file, 0, file + " is not valid " + encoding.charset().name()
                        + " text. Try another encoding, for example --encoding windows-1252.", e);
            }
            // Valid UTF-8 at the start, invalid later: an old Excel export with an accent far down the file.
            bytes.reset();
            return loadAs(file, size, sample, new EncodingDetector.Detected(EncodingDetector.WINDOWS_1252, 0),
                    options, bytes, cancel);
        }
    }

    private ImportResult loadAs(Path file, long size, byte[] sample, EncodingDetector.Detected encoding,
                                ImportOptions options, ByteProgress bytes, CancellationToken cancel) {
        String text = new String(sample, encoding.bomLength(), sample.length - encoding.bomLength(), encoding.charset());
        if (size > sample.length) {
            int lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
            text = lastBreak > 0 ? text.substring(0, lastBreak + 1) : text;
        }
        if (text.isBlank()) {
            throw new CsvImportException(file, 0, file + " is empty: there is nothing to import. Check that you "
                    + "picked the right file and that it was saved completely.");
        }
        MissingTokens missing = new MissingTokens(options.missingTokens());
        CsvDialect dialect = DialectSniffer.sniff(text, encoding.charset(), encoding.bomLength() > 0, options, missing);
        List<List<String>> firstRecords = DialectSniffer.records(text, dialect.delimiter(), dialect.quote());
        int fields = firstRecords.isEmpty() ? 1 : firstRecords.get(0).size();

        boolean quoted = text.indexOf(dialect.quote()) >= 0;
        boolean tryUnquoted = unquotedFastPath && !quoted
                && UnquotedChunkParser.applicable(encoding.charset(), dialect);
        RowEstimate rows = new RowEstimate(text.length() / (double) Math.max(1, firstRecords.size()), fields);
        List<ChunkParser.Result> parts = parse(file, size, encoding, dialect, fields, quoted, tryUnquoted, missing,
                rows, bytes, cancel);
        bytes.finish();
        return TableAssembler.assemble(file, dialect, parts, fields, options, cancel);
    }

    /** Parallel when the file is large; any surprise in a chunk (bad rows, a parse error) means one exact pass. */
    private List<ChunkParser.Result> parse(Path file, long size, EncodingDetector.Detected encoding, CsvDialect dialect,
                                           int fields, boolean quoted, boolean tryUnquoted, MissingTokens missing,
                                           RowEstimate rows, ByteProgress bytes, CancellationToken cancel) {
        long start = encoding.bomLength();
        if (threads > 1 && size >= parallelThreshold && ChunkPlanner.splittable(encoding.charset())) {
            try {
                List<ChunkPlanner.Range> ranges = ChunkPlanner.plan(file, start, size, dialect.quote(), quoted, threads);
                if (ranges.size() > 1) {
                    List<ChunkParser.Result> parts = ParallelChunks.parse(ranges, r -> parseRange(file, r, encoding,
                            dialect, fields, r.start() == start && dialect.header(), tryUnquoted, missing, rows,
                            bytes, cancel));
                    if (parts != null && parts.stream().allMatch(p -> p.badRows() == 0)) {
                        return parts;
                    }
                    bytes.reset();
                }
            } catch (IOException e) {
                throw new CsvImportException(file, 0, "Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return List.of(parseRange(file, new ChunkPlanner.Range(start, size), encoding, dialect, fields,
                dialect.header(), tryUnquoted, missing, rows, bytes, cancel));
    }

    /**
     * With {@code tryUnquoted} (the sample showed no quote) the fast path reads the stretch first; Commons CSV parses
     * it when the fast path gives up, and always otherwise (ADR 0009).
     */
    private static ChunkParser.Result parseRange(Path file, ChunkPlanner.Range range, EncodingDetector.Detected enc,
                                                 CsvDialect dialect, int fields, boolean header, boolean tryUnquoted,
                                                 MissingTokens missing, RowEstimate rows, ByteProgress bytes,
                                                 CancellationToken cancel) {
        int expectedRows = rows.in(range.end() - range.start());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (tryUnquoted) {
                ChunkParser.Result result = UnquotedChunkParser.parse(channel, range, enc.charset(), dialect, fields,
                        header, missing, expectedRows, bytes, cancel);
                if (result != null) {
                    return result;
                }
            }
            channel.position(range.start());
            InputStream in = bytes.counting(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16),
                    range.end() - range.start());
            Reader reader = new InputStreamReader(in, enc.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
            return ChunkParser.parse(reader, dialect, fields, header, missing, expectedRows, cancel, file);
        } catch (IOException e) {
            throw new CsvImportException(file, 0, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rows to expect in a stretch of the file, from the sample's bytes per record, so column arrays are allocated
     * once instead of grown (and copied) a dozen times. Capped so that a misleading sample cannot allocate more than
     * about twice the stretch's size in numbers.
     */
    record RowEstimate(double bytesPerRow, int fields) {
        int in(long bytes) {
            double guess = bytes / Math.max(1.0, bytesPerRow) * 1.05 + 64;
            double cap = bytes / (4.0 * fields) + 64;
            return (int) Math.min(Math.min(guess, cap), Integer.MAX_VALUE - 16);
        }
    }

    private static byte[] readSample(Path file, long size) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(size, SAMPLE_BYTES));
        } catch (IOException e) {
            throw new CsvImportException(file, 0, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static EncodingDetector.Detected encoding(Path file, byte[] sample, ImportOptions options) {
        if (options.encoding() == null) {
            return EncodingDetector.detect(sample, sample.length, file);
        }
        EncodingDetector.Detected bom = EncodingDetector.fromBom(sample, sample.length);
        int skip = bom != null && bom.charset().equals(options.encoding()) ? bom.bomLength() : 0;
        return new EncodingDetector.Detected(options.encoding(), skip);
    }
}
