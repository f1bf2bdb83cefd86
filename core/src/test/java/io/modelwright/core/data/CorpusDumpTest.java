package io.modelwright.core.data;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

class CorpusDumpTest {
    @Test
    void dump() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/csv"))) {
            for (Path f : files.sorted().toList()) {
                show(f);
            }
        }
        try (Stream<Path> files = Files.list(Path.of("../sample-data"))) {
            for (Path f : files.sorted().filter(p -> p.toString().endsWith(".csv")).toList()) {
                show(f);
            }
        }
    }

    private static void show(Path f) {
        System.out.println("=== " + f.getFileName());
        try {
            ImportResult r = new CsvImporter().load(f, ImportOptions.detect(), ProgressListener.NONE, CancellationToken.create());
            System.out.println(r.dialect() + " rows=" + r.table().rowCount() + " skipped=" + r.skippedRows());
            for (Column c : r.table().columns()) {
                System.out.println("  " + c.name() + " | " + c.type().id() + " | miss=" + c.missingCount() + " | d="
                        + r.profiles().get(c.name()).distinct() + " | " + c.reason() + " | first=" + c.text(0));
            }
            r.warnings().forEach(w -> System.out.println("  ! " + w));
        } catch (RuntimeException e) {
            System.out.println("  EXC " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
