package io.modelwright.desktop.start;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RecentFilesTest {
    @TempDir
    Path folder;

    @Test
    void remembersFilesNewestFirstAcrossRestarts() throws IOException {
        Path a = Files.writeString(folder.resolve("a.csv"), "x\n1\n");
        Path b = Files.writeString(folder.resolve("b.csv"), "x\n1\n");
        Path store = folder.resolve("home/recent-files.txt");

        RecentFiles recent = new RecentFiles(store);
        recent.add(a);
        recent.add(b);
        recent.add(a);

        assertThat(recent.files()).containsExactly(a, b);
        assertThat(new RecentFiles(store).files()).containsExactly(a, b);
    }

    @Test
    void forgetsFilesThatNoLongerExist() throws IOException {
        Path gone = Files.writeString(folder.resolve("gone.csv"), "x\n");
        Path store = folder.resolve("recent-files.txt");
        new RecentFiles(store).add(gone);
        Files.delete(gone);

        assertThat(new RecentFiles(store).files()).isEmpty();
    }

    @Test
    void keepsOnlyTheLastFew() throws IOException {
        RecentFiles recent = new RecentFiles(folder.resolve("recent-files.txt"));
        for (int i = 0; i < RecentFiles.LIMIT + 3; i++) {
            recent.add(Files.writeString(folder.resolve(i + ".csv"), "x\n"));
        }

        assertThat(recent.files()).hasSize(RecentFiles.LIMIT);
        assertThat(recent.files().get(0).getFileName().toString()).isEqualTo((RecentFiles.LIMIT + 2) + ".csv");
    }
}
