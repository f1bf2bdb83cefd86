package io.modelwright.core.export;

import io.modelwright.runtime.artifact.FileHashes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Lists every file of an artifact, and writes {@code SHA256SUMS} in the format {@code sha256sum -c} checks. */
final class Sha256Sums {
    static final String FILE_NAME = "SHA256SUMS";

    private Sha256Sums() {
    }

    /** @return every regular file under the directory, relative with '/' separators, sorted */
    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    static void write(Path dir) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String f : files(dir)) {
            if (!f.equals(FILE_NAME)) {
                out.append(FileHashes.sha256(dir.resolve(f))).append("  ").append(f).append('\n');
            }
        }
        Files.writeString(dir.resolve(FILE_NAME), out);
    }
}
