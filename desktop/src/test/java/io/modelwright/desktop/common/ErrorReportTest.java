package io.modelwright.desktop.common;

import io.modelwright.core.data.CsvImportException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorReportTest {

    @Test
    void showsOurOwnMessagesAsTheyAre() {
        ErrorReport report = ErrorReport.of(new CsvImportException(Path.of("a.csv"), 12,
                "Line 12 has 4 fields but the header has 3. Check for an unquoted comma."));

        assertThat(report.message()).isEqualTo("Line 12 has 4 fields but the header has 3. Check for an unquoted comma.");
        assertThat(report.details()).contains("CsvImportException").contains("at io.modelwright");
    }

    @Test
    void explainsAnUnexpectedErrorAsABugWithoutTheTrace() {
        ErrorReport report = ErrorReport.of(new NullPointerException("x is null"));

        assertThat(report.message()).contains("This is a bug").contains("NullPointerException").doesNotContain("\tat ");
        assertThat(report.details()).contains("x is null");
    }

    @Test
    void looksThroughWrappersForTheRealCause() {
        ErrorReport report = ErrorReport.of(new ExecutionException(
                new CsvImportException(Path.of("a.csv"), 0, "The file is empty.")));

        assertThat(report.message()).isEqualTo("The file is empty.");
    }

    @Test
    void copiesMessageAndDetailsTogether() {
        ErrorReport report = new ErrorReport("Message.", "trace");

        assertThat(report.copyText()).startsWith("Message.").endsWith("trace");
    }
}
