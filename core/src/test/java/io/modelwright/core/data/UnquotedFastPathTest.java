package io.modelwright.core.data;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path for stretches without quotes (ADR 0009) gives exactly what Commons CSV gives: the same dialect,
 * types, reasons, values, missing counts, profiles and warnings, or the same error with the same line, on every
 * file of the corpus and on generated files with awkward line endings, blank lines, stray bytes and late trouble.
 */
class UnquotedFastPathTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final CsvImporter[] FAST = {new CsvImporter(-1, Long.MAX_VALUE, 1, true),
            new CsvImporter(-1, 1, 2, true)};
    private static final CsvImporter[] COMMONS = {new CsvImporter(-1, Long.MAX_VALUE, 1, false),
            new CsvImporter(-1, 1, 2, false)};

    @Test
    void everyCorpusFileImportsTheSameWithAndWithoutTheFastPath() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Corpus.DIR)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(28);
        for (Path file : files) {
            assertSameOutcome(file);
        }
    }

    @Test
    void generatedFilesImportTheSameWithAndWithoutTheFastPath(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(write(dir, "plain.csv", "\n", StandardCharsets.UTF_8, rows -> { }));
        files.add(write(dir, "crlf.csv", "\r\n", StandardCharsets.UTF_8, rows -> { }));
        files.add(write(dir, "cr.csv", "\r", StandardCharsets.UTF_8, rows -> { }));
        files.add(write(dir, "blank-lines.csv", "\r\n", StandardCharsets.UTF_8, rows -> {
            rows.add(3, "");
            rows.add(5_000, "");
            rows.add(9_000, "   ");
            rows.add(11_000, "\t");
        }));
        files.add(write(dir, "control-line.csv", "\n", StandardCharsets.UTF_8, rows -> rows.add(7_000, "\u0001")));
        files.add(write(dir, "unicode-space-line.csv", "\n", StandardCharsets.UTF_8,
                rows -> rows.add(7_000, "\u2003")));
        files.add(write(dir, "late-quote.csv", "\n", StandardCharsets.UTF_8,
                rows -> rows.set(12_000, rows.get(12_000) + "\"quoted, value\"")));
        files.add(write(dir, "late-quote-field.csv", "\n", StandardCharsets.UTF_8,
                rows -> rows.set(12_000, "1,\"2\",x,y,yes,z")));
        files.add(write(dir, "late-too-many.csv", "\n", StandardCharsets.UTF_8, rows -> {
            rows.set(10_000, rows.get(10_000) + ",extra");
            rows.set(12_500, rows.get(12_500) + ",extra");
        }));
        files.add(write(dir, "late-too-few.csv", "\n", StandardCharsets.UTF_8, rows -> rows.set(11_000, "1,2")));
        files.add(write(dir, "windows-1252.csv", "\r\n", WINDOWS_1252, rows -> { }));
        files.add(write(dir, "trailing-delimiter.csv", "\n", StandardCharsets.UTF_8,
                rows -> rows.replaceAll(r -> r + ",")));
        files.add(write(dir, "semicolons.csv", "\n", StandardCharsets.UTF_8,
                rows -> rows.replaceAll(r -> r.replace(',', ';').replace('.', ','))));
        files.add(write(dir, "tabs.tsv", "\n", StandardCharsets.UTF_8, rows -> rows.replaceAll(r -> r.replace(',', '\t'))));
        files.add(write(dir, "controls-in-cells.csv", "\n", StandardCharsets.UTF_8,
                rows -> rows.replaceAll(r -> r.replace("n1", "\u0001n1\u001f"))));
        Path noFinalBreak = write(dir, "no-final-break.csv", "\n", StandardCharsets.UTF_8, rows -> { });
        Files.writeString(noFinalBreak, Files.readString(noFinalBreak).stripTrailing());
        files.add(noFinalBreak);
        Path lateBadByte = write(dir, "late-bad-utf8.csv", "\n", StandardCharsets.UTF_8, rows -> { });
        Files.write(lateBadByte, "7,1.5,3,caf\u00e9,no,n1\n".getBytes(WINDOWS_1252), StandardOpenOption.APPEND);
        files.add(lateBadByte);
        files.add(write(dir, "line-longer-than-a-block.csv", "\n", StandardCharsets.UTF_8,
                rows -> rows.set(100, "1,2,3,a,yes," + "w".repeat(2_500_000))));
        Random random = new Random(11);
        StringBuilder oneColumn = new StringBuilder("v\n");
        for (int i = 0; i < 20_000; i++) {
            oneColumn.append(new String[] {"1", "2", " ", "3.5", "NA", "\t"}[random.nextInt(6)]).append('\n');
        }
        files.add(Files.writeString(dir.resolve("one-column.csv"), oneColumn));
        for (Path file : files) {
            assertSameOutcome(file);
        }
    }

    @Test
    void aLineBreakOnTheEdgeOfAReadBlockIsReadOnce(@TempDir Path dir) throws IOException {
        int block = 1 << 20;
        for (String lineBreak : new String[] {"\r\n", "\r", "\n"}) {
            for (int shift = -1; shift <= 1; shift++) {
                StringBuilder text = new StringBuilder("a,b,c").append(lineBreak);
                for (int i = 0; text.length() < block - 100; i++) {
                    text.append(i).append(',').append(i % 97).append(".5,x").append(i % 5).append(lineBreak);
                }
                text.append("1,2,").append("y".repeat(block - 1 + shift - text.length() - 4)).append(lineBreak);
                for (int i = 0; i < 2_000; i++) {
                    text.append(i).append(',').append(i).append(",z").append(lineBreak);
                }
                Path file = dir.resolve("edge" + lineBreak.length() + "_" + (shift + 1) + ".csv");
                Files.writeString(file, text, StandardCharsets.US_ASCII);
                assertSameOutcome(file);
            }
        }
    }

    @Test
    void givesUpAtAQuoteOrABadRowAndReadsPlainFilesItself(@TempDir Path dir) throws IOException {
        Path plain = write(dir, "plain.csv", "\n", StandardCharsets.UTF_8, rows -> { });
        Path quoted = write(dir, "quoted.csv", "\n", StandardCharsets.UTF_8, rows -> rows.set(9_000, "1,\"2\",x,y,z,w"));
        Path ragged = write(dir, "ragged.csv", "\n", StandardCharsets.UTF_8, rows -> rows.set(9_000, "1,2"));
        assertThat(fastPath(plain)).isNotNull();
        assertThat(fastPath(plain).rows()).isEqualTo(15_000);
        assertThat(fastPath(quoted)).isNull();
        assertThat(fastPath(ragged)).isNull();
    }

    private static ChunkParser.Result fastPath(Path file) throws IOException {
        CsvDialect dialect = new CsvDialect(StandardCharsets.UTF_8, false, ',', '"', true, '.', "\n");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return UnquotedChunkParser.parse(channel, new ChunkPlanner.Range(0, Files.size(file)),
                    StandardCharsets.UTF_8, dialect, 6, true, new MissingTokens(ImportOptions.DEFAULT_MISSING_TOKENS),
                    1000, new ByteProgress(Files.size(file), ProgressListener.NONE, CancellationToken.create()),
                    CancellationToken.create());
        }
    }

    /** 15,000 rows of six columns (about 1.1 MB, so the fast path's 1 MB blocks are crossed), edited by {@code edit}. */
    private static Path write(Path dir, String name, String lineBreak, Charset charset, Consumer<List<String>> edit)
            throws IOException {
        Random random = new Random(name.hashCode());
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 15_000; i++) {
            String x = i % 3 == 0
                    ? new String[] {String.format(java.util.Locale.ROOT, "%.3f", random.nextGaussian() * 10), "NA", "",
                            " 7 ", "1e-3", "-0", "Infinity", "n/a", "1234567890123456789012"}[random.nextInt(9)]
                    : String.format(java.util.Locale.ROOT, "%.5f", random.nextGaussian() * 5);
            String category = new String[] {"a", "b", "Zürich", "  d ", "N/A", "café"}[random.nextInt(6)];
            String flag = new String[] {"yes", "no", "Yes"}[random.nextInt(3)];
            String note = new String[] {"n1", "n2", "two words", "x".repeat(40)}[random.nextInt(4)];
            rows.add(i + "," + x + "," + random.nextInt(1000) + "," + category + "," + flag + "," + note);
        }
        edit.accept(rows);
        StringBuilder text = new StringBuilder("id,x,y,category,flag,note").append(lineBreak);
        for (String row : rows) {
            text.append(row).append(lineBreak);
        }
        Path file = dir.resolve(name);
        Files.write(file, text.toString().getBytes(charset));
        return file;
    }

    /** In one pass and in chunks; when import fails, also with --skip-bad-rows. */
    private static void assertSameOutcome(Path file) {
        for (int i = 0; i < FAST.length; i++) {
            String what = file.getFileName() + (i == 0 ? " in one pass" : " in chunks");
            List<String> expected = outcome(COMMONS[i], file, ImportOptions.detect());
            assertThat(outcome(FAST[i], file, ImportOptions.detect())).as(what).isEqualTo(expected);
            if (expected.get(0).startsWith("failed")) {
                ImportOptions skip = new ImportOptions(null, null, null, null, true, null, null);
                assertThat(outcome(FAST[i], file, skip)).as(what + ", skipping bad rows")
                        .isEqualTo(outcome(COMMONS[i], file, skip));
            }
        }
    }

    /** Everything an import yields, as text: values as raw bits and codes, so nothing is rounded away. */
    private static List<String> outcome(CsvImporter importer, Path file, ImportOptions options) {
        List<String> out = new ArrayList<>();
        ImportResult r;
        try {
            r = importer.load(file, options, ProgressListener.NONE, CancellationToken.create());
        } catch (CsvImportException e) {
            out.add("failed at line " + e.line() + ": " + e.getMessage());
            return out;
        }
        out.add(r.dialect() + " rows " + r.table().rowCount() + " skipped " + r.skippedRows());
        for (Column c : r.table().columns()) {
            out.add(c.name() + " " + c.type() + " " + c.reason() + " missing " + c.missingCount());
            if (c instanceof NumericColumn n) {
                out.add(n.format() + " " + Arrays.toString(Arrays.stream(n.values())
                        .mapToLong(Double::doubleToRawLongBits).toArray()));
            } else {
                CategoricalColumn k = (CategoricalColumn) c;
                out.add(k.levels() + " " + Arrays.toString(k.codes()));
            }
        }
        r.profiles().forEach((name, p) -> out.add(name + " " + p));
        r.warnings().forEach(w -> out.add(w.toString()));
        out.add(InspectReport.of(r).toJson());
        return out;
    }
}
