package io.modelwright.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.data.columnar.FieldProcessor;
import org.tribuo.data.columnar.RowProcessor;
import org.tribuo.data.columnar.processors.field.DoubleFieldProcessor;
import org.tribuo.data.columnar.processors.field.IdentityProcessor;
import org.tribuo.data.columnar.processors.response.FieldResponseProcessor;
import org.tribuo.data.csv.CSVDataSource;
import org.tribuo.data.csv.CSVLoader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** How the peers load the benchmark file; each method returns the loaded object so it stays reachable. */
final class Peers {
    private Peers() {
    }

    /** Commons CSV alone: tokenizing every field, no typing, on one thread. */
    static Object commonsCsv(Path file) throws IOException {
        long chars = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                for (int i = 0; i < record.size(); i++) {
                    chars += record.get(i).length();
                }
            }
        }
        return chars;
    }

    /** Weka 3.8's CSVLoader: numeric and nominal attributes, all in memory. */
    static Object weka(Path file) throws IOException {
        weka.core.converters.CSVLoader loader = new weka.core.converters.CSVLoader();
        loader.setSource(file.toFile());
        return loader.getDataSet();
    }

    /** Tribuo's CSVLoader: numbers only, so it is expected to stop at the categorical column. */
    static Object tribuoCsvLoader(Path file) throws IOException {
        return new CSVLoader<>(new LabelFactory()).load(file, "label");
    }

    /**
     * What Tribuo offers for a file with a categorical column: CSVDataSource with a RowProcessor (one
     * DoubleFieldProcessor per number, IdentityProcessor for the category), collected into a MutableDataset.
     */
    static Object tribuoRowProcessor(Path file) {
        Map<String, FieldProcessor> fields = new HashMap<>();
        for (int c = 1; c <= SyntheticCsv.NUMERIC_COLUMNS; c++) {
            fields.put("f" + c, new DoubleFieldProcessor("f" + c));
        }
        fields.put("category", new IdentityProcessor("category"));
        LabelFactory labels = new LabelFactory();
        RowProcessor<Label> rows = new RowProcessor<>(new FieldResponseProcessor<>("label", "", labels), fields);
        return new MutableDataset<>(new CSVDataSource<>(file, rows, true));
    }

    /**
     * pandas.read_csv in a child process: warm-up plus best of 3.
     *
     * @return wall and CPU seconds of the best run; null when pandas is missing
     */
    static double[] pandas(Path file) throws IOException, InterruptedException {
        String script = "import time, pandas as pd\n"
                + "pd.read_csv(r'" + file.toAbsolutePath() + "')\n"
                + "best = (1e9, 0)\n"
                + "for _ in range(3):\n"
                + "    t = time.perf_counter(); c = time.process_time()\n"
                + "    df = pd.read_csv(r'" + file.toAbsolutePath() + "')\n"
                + "    run = (time.perf_counter() - t, time.process_time() - c); del df\n"
                + "    best = min(best, run)\n"
                + "print(pd.__version__, best[0], best[1])\n";
        // The first python3 on the PATH may be a pyenv one without pandas; Debian's python3-pandas lives in /usr/bin.
        String output = "";
        for (String python : new String[] {"python3", "/usr/bin/python3"}) {
            Process p;
            try {
                p = new ProcessBuilder(python, "-c", script).redirectErrorStream(true).start();
            } catch (IOException e) {
                continue;
            }
            try (var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                output = in.lines().reduce("", (a, b) -> a + b + "\n").trim();
            }
            if (p.waitFor(20, TimeUnit.MINUTES) && p.exitValue() == 0) {
                String[] parts = lastLine(output).split(" ");
                System.out.println("pandas " + parts[0] + " (" + python + ")");
                return new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
            }
        }
        System.out.println("pandas: not installed (" + lastLine(output) + ")");
        return null;
    }

    private static String lastLine(String text) {
        String[] lines = text.split("\n");
        return lines[lines.length - 1];
    }
}
