package io.modelwright.desktop.report;

import io.modelwright.desktop.history.RunHistory;
import io.modelwright.desktop.history.TrainingRun;
import io.modelwright.desktop.results.ResultsViewModel;
import io.modelwright.desktop.testing.FxThread;
import io.modelwright.desktop.testing.TrainedRuns;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static TrainingRun run;

    @TempDir
    Path tmp;

    @BeforeAll
    static void train() throws Exception {
        FxThread.start();
        run = TrainedRuns.iris(new RunHistory(), "logistic-regression");
    }

    private Path writeReport() throws Exception {
        ResultsViewModel results = new ResultsViewModel(run, run.request().table());
        List<ChartImage> charts = FxThread.call(() -> ChartImages.of(results, error -> {
            throw new AssertionError(error);
        }, scene -> scene.getStylesheets().add(
                HtmlReportTest.class.getResource("/io/modelwright/desktop/app/modelwright.css").toExternalForm())));
        assertThat(charts).extracting(ChartImage::title).contains("Confusion matrix", "ROC curve", "Importance");
        Path file = tmp.resolve("report.html");
        HtmlReport.write(run, "iris.csv", charts, results.importances(), file);
        String html = Files.readString(file);
        assertThat(Pattern.compile("src=\"data:image/png;base64,").matcher(html).results().count())
                .isEqualTo(charts.size());
        for (ChartImage chart : charts) {
            assertThat(html).contains("<figcaption>" + chart.title() + "</figcaption>");
            assertThat(chart.png()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
        return file;
    }

    @Test
    void reportEmbedsEveryChartAndTheScoresWithTheirSpread() throws Exception {
        String html = Files.readString(writeReport());

        assertThat(html).contains("<h2>Data</h2>", "150 rows, 5 columns", "<h2>Settings</h2>", "Logistic regression",
                "<h2>Scores</h2>", "Fold 5", "<h2>Model card</h2>", "<h2>Column importance</h2>");
        assertThat(html).containsPattern("accuracy</td><td class=\"n\">0\\.\\d{3} ± 0\\.\\d{3}");
    }

    @Test
    void aBrowserRendersTheReport() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
        Path report = writeReport();
        Path shot = tmp.resolve("report.png");
        Path profile = Files.createTempDirectory(tmp, "chromium");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1000,3000", "--screenshot=" + shot,
                report.toUri().toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile())
                .start();
        if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
        }
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }
}
