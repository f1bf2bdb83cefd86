package io.modelwright.desktop.cli;

import io.modelwright.core.ModelwrightException;
import io.modelwright.core.export.ExportResult;
import io.modelwright.core.export.VerificationReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** How commands show an exported artifact, and find the model folder of one. */
final class ArtifactOutput {
    private ArtifactOutput() {
    }

    static Map<String, Object> json(ExportResult r) {
        VerificationReport v = r.verification();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dir", r.artifactDir().toString());
        m.put("verified", v.passed());
        m.put("rowsCompared", v.rowsCompared());
        m.put("labelMismatches", v.labelMismatches());
        m.put("maxScoreDifference", v.maxScoreDifference());
        m.put("maxValueDifference", v.maxValueDifference());
        m.put("onnx", v.onnx());
        return m;
    }

    static String text(ExportResult r) {
        VerificationReport v = r.verification();
        return "Exported to " + r.artifactDir() + "\nVerification " + (v.passed() ? "passed" : "FAILED") + ": "
                + v.rowsCompared() + " held-out rows scored by the exported scorer, " + v.labelMismatches()
                + " label mismatches, largest score difference " + v.maxScoreDifference()
                + ", largest value difference " + v.maxValueDifference() + "; ONNX " + v.onnx() + ".\n"
                + "Start it with " + r.artifactDir().resolve("scorer").resolve("run.sh")
                + " or 'modelwright serve " + r.artifactDir() + "'.";
    }

    /** @throws ModelwrightException when {@code dir} exists and holds files */
    static void requireEmptyFolder(Path dir) {
        if (!Files.isDirectory(dir) && Files.exists(dir)) {
            throw new ModelwrightException(dir.toAbsolutePath().normalize() + " is a file. Give a new folder for "
                    + "the artifact with --export DIR.");
        }
        try (java.util.stream.Stream<Path> entries = Files.isDirectory(dir) ? Files.list(dir) : java.util.stream.Stream.empty()) {
            if (entries.findAny().isPresent()) {
                throw new ModelwrightException("The folder " + dir.toAbsolutePath().normalize() + " is not empty. "
                        + "Choose a new folder for the artifact.");
            }
        } catch (java.io.IOException e) {
            throw new ModelwrightException("Cannot use " + dir + " for the artifact: " + e.getMessage(), e);
        }
    }

    /**
     * @param dir an artifact folder or its {@code model/} folder
     * @return the folder holding {@code manifest.json}
     */
    static Path modelDir(Path dir) {
        if (Files.isRegularFile(dir.resolve("model").resolve("manifest.json"))) {
            return dir.resolve("model");
        }
        if (Files.isRegularFile(dir.resolve("manifest.json"))) {
            return dir;
        }
        throw new ModelwrightException("There is no exported model in " + dir.toAbsolutePath().normalize()
                + ": expected model/manifest.json inside it. Give the folder that 'modelwright train --export' or "
                + "'modelwright export' created.");
    }
}
