package io.modelwright.desktop.start;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The sample datasets packed into the jar (copied from {@code sample-data/} at build time). Import reads files,
 * so a sample is first copied out to a cache folder; this works wherever the jar runs.
 */
public final class SampleLibrary {
    private static final String RESOURCE_FOLDER = "/sample-data/";

    private static final List<SampleDataset> SAMPLES = List.of(
            new SampleDataset("iris.csv", "Iris",
                    "150 flowers, 4 measurements: predict the species."),
            new SampleDataset("penguins.csv", "Penguins",
                    "344 penguins from Antarctica: predict the species from their size."),
            new SampleDataset("wine.csv", "Wine",
                    "178 Italian wines, 13 chemical measurements: predict the cultivar."),
            new SampleDataset("breast_cancer.csv", "Breast cancer",
                    "569 tumour scans, 30 features: predict malignant or benign."),
            new SampleDataset("cars.csv", "Cars",
                    "406 cars from the 1970s and 80s: predict fuel economy (has missing values)."),
            new SampleDataset("diabetes.csv", "Diabetes",
                    "442 patients, 10 measurements: predict disease progression after a year."));

    private final Path cacheFolder;

    /** @param cacheFolder where samples are copied to before loading */
    public SampleLibrary(Path cacheFolder) {
        this.cacheFolder = cacheFolder;
    }

    /** @return the bundled samples, in gallery order */
    public List<SampleDataset> samples() {
        return SAMPLES;
    }

    /** @return true when {@code file} is a copy of a sample (such files are not remembered as recent) */
    public boolean isSampleCopy(Path file) {
        return file.toAbsolutePath().normalize().startsWith(cacheFolder.toAbsolutePath().normalize());
    }

    /**
     * Copies a sample out of the jar so import can read it. The copy is refreshed each time, so it always
     * matches the app's version.
     *
     * @return the copied file, named like the sample ({@code iris.csv})
     */
    public Path extract(SampleDataset sample) throws IOException {
        Files.createDirectories(cacheFolder);
        Path target = cacheFolder.resolve(sample.fileName());
        try (InputStream in = SampleLibrary.class.getResourceAsStream(RESOURCE_FOLDER + sample.fileName())) {
            if (in == null) {
                throw new IOException("the sample " + sample.fileName() + " is missing from this build of Modelwright");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
