package io.modelwright.core.export;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the shaded scorer jar to ship: the system property {@code modelwright.scorerJar}, else next to the running
 * jar (an installed app), else {@code runtime/target} of a source checkout (development and tests).
 */
public final class ScorerJarLocator {
    /** File name of the shaded scorer jar. */
    public static final String JAR_NAME = "modelwright-scorer.jar";

    private ScorerJarLocator() {
    }

    /** @throws ExportException naming the places searched */
    public static Path locate() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("modelwright.scorerJar");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        try {
            Path code = Path.of(ScorerJarLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(code) ? code : code.getParent();
            if (dir != null) {
                candidates.add(dir.resolve(JAR_NAME));
                candidates.add(dir.resolve("lib").resolve(JAR_NAME));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // No code source (unusual class loaders): fall through to the working-directory candidates.
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            candidates.add(p.resolve("runtime").resolve("target").resolve(JAR_NAME));
        }
        for (Path c : candidates) {
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        throw new ExportException("The scorer jar (" + JAR_NAME + ") was not found. Build it with "
                + "'mvn -pl runtime package', or set -Dmodelwright.scorerJar=PATH. Looked in: " + candidates);
    }
}
