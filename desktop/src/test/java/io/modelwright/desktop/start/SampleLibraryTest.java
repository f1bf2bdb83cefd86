package io.modelwright.desktop.start;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SampleLibraryTest {
    @TempDir
    Path cache;

    @Test
    void offersTheSixBundledSamples() {
        assertThat(new SampleLibrary(cache).samples()).extracting(SampleDataset::fileName).containsExactly(
                "iris.csv", "penguins.csv", "wine.csv", "breast_cancer.csv", "cars.csv", "diabetes.csv");
    }

    @Test
    void everySampleIsPackedIntoTheAppAndExtractsToAFile() throws IOException {
        SampleLibrary library = new SampleLibrary(cache);
        for (SampleDataset sample : library.samples()) {
            Path file = library.extract(sample);

            assertThat(file.getFileName().toString()).isEqualTo(sample.fileName());
            assertThat(Files.size(file)).as(sample.fileName()).isGreaterThan(1000);
            assertThat(library.isSampleCopy(file)).isTrue();
        }
        assertThat(Files.readAllLines(cache.resolve("iris.csv")).get(0))
                .isEqualTo("sepal_length,sepal_width,petal_length,petal_width,species");
    }

    @Test
    void aFileElsewhereIsNotASampleCopy() {
        assertThat(new SampleLibrary(cache).isSampleCopy(Path.of("/home/someone/iris.csv"))).isFalse();
    }
}
