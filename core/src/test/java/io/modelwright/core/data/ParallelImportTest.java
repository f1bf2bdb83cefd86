package io.modelwright.core.data;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Chunked parsing on several threads gives exactly what one pass gives, and falls back to one pass on trouble. */
class ParallelImportTest {
    private static final CsvImporter PARALLEL = new CsvImporter(-1, 1, 3);
    private static final CsvImporter SEQUENTIAL = new CsvImporter(-1, Long.MAX_VALUE, 1);

    private static Path write(Path dir, String name, String extra, int badAt) throws IOException {
        Random random = new Random(1);
        StringBuilder sb = new StringBuilder("x,label,note\n");
        for (int i = 0; i < 20_000; i++) {
            if (i == badAt) {
                sb.append("1,2,3,4\n");
            }
            String note = i % 7 == 0 ? "\"quoted, with\nnewline \"\"and quotes\"\"\"" : "n" + (i % 13);
            sb.append(random.nextGaussian()).append(',').append(i % 3 == 0 ? "yes" : "no").append(',').append(note)
                    .append('\n');
        }
        sb.append(extra);
        Path file = dir.resolve(name);
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static ImportResult load(CsvImporter importer, Path file) {
        return importer.load(file, ImportOptions.detect(), ProgressListener.NONE, CancellationToken.create());
    }

    @Test
    void chunksGiveTheSameTableAsOnePass(@TempDir Path dir) throws IOException {
        Path file = write(dir, "big.csv", "", -1);
        ImportResult parallel = load(PARALLEL, file);
        ImportResult sequential = load(SEQUENTIAL, file);
        assertThat(parallel.table().rowCount()).isEqualTo(20_000).isEqualTo(sequential.table().rowCount());
        for (Column c : sequential.table().columns()) {
            Column p = parallel.table().column(c.name());
            assertThat(p.type()).isEqualTo(c.type());
            for (int r = 0; r < c.size(); r++) {
                assertThat(p.text(r)).isEqualTo(c.text(r));
            }
        }
        assertThat(((CategoricalColumn) parallel.table().column("note")).levels())
                .isEqualTo(((CategoricalColumn) sequential.table().column("note")).levels());
    }

    @Test
    void quotesThatFirstAppearAfterTheSampleStillGiveTheSameTable(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("x,label,note\n");
        for (int i = 0; i < 40_000; i++) {
            String note = i < 5_000 ? "plain" + (i % 5) : "\"multi\nline, " + (i % 5) + "\"";
            sb.append(i % 100).append(',').append(i % 2 == 0 ? "a" : "b").append(',').append(note).append('\n');
        }
        Path file = dir.resolve("late-quotes.csv");
        Files.writeString(file, sb.toString());
        ImportResult parallel = load(PARALLEL, file);
        ImportResult sequential = load(SEQUENTIAL, file);
        assertThat(parallel.table().rowCount()).isEqualTo(40_000);
        for (int r = 0; r < 40_000; r += 997) {
            assertThat(parallel.table().column("note").text(r)).isEqualTo(sequential.table().column("note").text(r));
        }
    }

    @Test
    void aBadRowInALaterChunkIsReportedWithItsExactLine(@TempDir Path dir) throws IOException {
        Path file = write(dir, "bad.csv", "", 15_000);
        // 15,000 data rows before it, one header line, and one extra line for each quoted newline (every 7th row).
        long expectedLine = 1 + 15_000 + (15_000 + 6) / 7 + 1;
        assertThatThrownBy(() -> load(PARALLEL, file)).isInstanceOf(CsvImportException.class)
                .hasMessageContaining("line " + expectedLine + " has 4 fields but the header has 3.");
    }

    @Test
    void switchesToWindows1252WhenABadByteComesLate(@TempDir Path dir) throws IOException {
        Path file = write(dir, "late.csv", "", -1);
        byte[] tail = "0.5,no,Caf\u00e9\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Files.write(file, tail, java.nio.file.StandardOpenOption.APPEND);
        ImportResult r = load(PARALLEL, file);
        assertThat(r.dialect().encoding().name()).isEqualTo("windows-1252");
        assertThat(r.table().column("note").text(20_000)).isEqualTo("Café");
    }
}
