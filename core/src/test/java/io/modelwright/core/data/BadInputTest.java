package io.modelwright.core.data;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.CancelledException;
import io.modelwright.core.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BadInputTest {

    private static CsvImportException failure(String name) {
        try {
            Corpus.load(name);
        } catch (CsvImportException e) {
            return e;
        }
        throw new AssertionError(name + " was imported without complaint");
    }

    @Test
    void rejectsAnEmptyFile() {
        CsvImportException e = failure("empty.csv");
        assertThat(e.getMessage()).contains("empty.csv").contains("is empty");
    }

    @Test
    void rejectsAHeaderWithoutRows() {
        assertThat(failure("header_only.csv").getMessage()).contains("header_only.csv", "no data rows");
    }

    @Test
    void rejectsBinaryData() {
        assertThat(failure("binary.csv").getMessage()).contains("binary.csv", "does not look like a text file");
        assertThat(failure("zip_archive.csv").getMessage()).contains("Excel workbook", "save it as");
    }

    @Test
    void namesTheFirstRaggedLineCountingQuotedNewlinesAndHowManyMore() {
        CsvImportException e = failure("ragged.csv");
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.getMessage()).contains("ragged.csv: line 12 has 4 fields but the header has 3.",
                "5 more lines have the same problem.", "unquoted comma", "--skip-bad-rows");
    }

    @Test
    void explainsARowWithTooFewFields() {
        CsvImportException e = failure("ragged_short.csv");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("line 3 has 2 fields but the header has 3.");
    }

    @Test
    void skipsRaggedRowsWhenAskedAndSaysHowMany() {
        ImportResult r = Corpus.load("ragged.csv", Corpus.skipBadRows());
        assertThat(r.skippedRows()).isEqualTo(6);
        assertThat(r.table().rowCount()).isEqualTo(11);
        assertThat(r.warnings()).anyMatch(w -> w.kind() == DataWarning.Kind.SKIPPED_ROWS
                && w.message().startsWith("6 rows were skipped") && w.message().contains("line 12"));
    }

    @Test
    void namesTheLineOfAnUnclosedQuote() {
        CsvImportException e = failure("unclosed_quote.csv");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("line 3 opens a quote (\") in field 2 ('b') that is never closed");
    }

    @Test
    void rejectsAPathThatDoesNotExist(@TempDir Path dir) {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> load(new CsvImporter(), missing)).isInstanceOf(CsvImportException.class)
                .hasMessageContaining("Cannot find the file").hasMessageContaining("nope.csv");
    }

    @Test
    void rejectsADirectory(@TempDir Path dir) {
        assertThatThrownBy(() -> load(new CsvImporter(), dir)).isInstanceOf(CsvImportException.class)
                .hasMessageContaining("is a folder, not a file");
    }

    @Test
    void rejectsAFileTooLargeForMemoryBeforeReadingIt() {
        CsvImporter small = new CsvImporter(100, CsvImporter.DEFAULT_PARALLEL_THRESHOLD, 1);
        assertThatThrownBy(() -> load(small, Corpus.file("crlf.csv"))).isInstanceOf(CsvImportException.class)
                .hasMessageContaining("crlf.csv is").hasMessageContaining("-Xmx");
    }

    @Test
    void stopsWhenCancelled() {
        CancellationToken cancel = CancellationToken.create();
        cancel.cancel();
        assertThatThrownBy(() -> new CsvImporter().load(Corpus.file("crlf.csv"), ImportOptions.detect(),
                ProgressListener.NONE, cancel)).isInstanceOf(CancelledException.class);
    }

    @Test
    void reportsProgressUpToTheFileSize() throws Exception {
        long[] last = new long[2];
        new CsvImporter().load(Corpus.file("crlf.csv"), ImportOptions.detect(), (done, total, msg) -> {
            last[0] = done;
            last[1] = total;
        }, CancellationToken.create());
        assertThat(last[1]).isEqualTo(Files.size(Corpus.file("crlf.csv")));
        assertThat(last[0]).isEqualTo(last[1]);
    }

    private static ImportResult load(CsvImporter importer, Path file) {
        return importer.load(file, ImportOptions.detect(), ProgressListener.NONE, CancellationToken.create());
    }
}
