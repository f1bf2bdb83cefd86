package io.modelwright.runtime.serve;

import io.modelwright.runtime.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Renders {@code GET /} in headless Chromium, when it is installed (Debian package {@code chromium}). */
class FormPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void browserRendersTheScoringForm(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
        Path modelDir = tmp.resolve("model");
        TestModels.writeModelDir(TestModels.iris(), "iris", modelDir);
        try (ScorerServer server = ScorerServer.start(ServerConfig.fromEnvironment(Map.of(), modelDir, 0,
                "127.0.0.1"))) {
            assertThat(server.awaitLoaded(Duration.ofSeconds(30))).isTrue();
            Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--user-data-dir=" + tmp.resolve("profile"),
                    "--dump-dom", "http://127.0.0.1:" + server.port() + "/"))
                    .redirectError(tmp.resolve("chromium.log").toFile()).start();
            String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(dom).contains("id=\"scoring-form\"", "name=\"sepal_length\"", "name=\"petal_width\"",
                    "<button type=\"submit\">Predict</button>");
        }
    }
}
