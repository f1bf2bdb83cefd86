package io.modelwright.desktop.export;

import io.modelwright.core.data.DataTable;
import io.modelwright.core.export.ExportRequest;
import io.modelwright.core.train.OutOfFoldPrediction;
import io.modelwright.desktop.history.TrainingRun;
import io.modelwright.desktop.tryit.RunPredictor;
import io.modelwright.runtime.artifact.FileHashes;
import io.modelwright.runtime.artifact.TrainingDataFingerprint;
import io.modelwright.runtime.score.Prediction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a finished run to what the exporter needs. The held-out rows are the rows validation scored, as text (what
 * a person would send); their expected predictions come from the app's own prediction path ({@link RunPredictor},
 * the one Try it uses), so verification proves the artifact answers exactly as the app does.
 *
 * <p>Stands in for core's {@code experiment.ExportRequests.from(...)} (branch {@code integ}, not yet in main);
 * switch to it once it is merged.
 */
public final class RunExportRequests {
    /** At most this many held-out rows are replayed (all of them when there are fewer). */
    static final int MAX_HELD_OUT = 1_000;
    private static final int EXAMPLE_ROWS = 3;

    private RunExportRequests() {
    }

    /**
     * @param details  name, version, intended use and limitations as the person typed them
     * @param dataFile the CSV the table came from (fingerprinted), or null to fingerprint the table's text
     */
    public static ExportRequest from(TrainingRun run, ExportDetails details, Path dataFile) {
        RunPredictor predictor = new RunPredictor(run.result(), run.request().target());
        DataTable table = run.request().table();
        List<String> inputs = predictor.spec().inputNames();
        List<Integer> validated = run.result().outOfFold().stream().map(OutOfFoldPrediction::row).distinct().toList();
        List<Integer> chosen = evenlySpaced(validated.isEmpty() ? allRows(table) : validated, MAX_HELD_OUT);
        List<Map<String, Object>> raw = rawRows(table, inputs, chosen);
        List<Object[]> canonical = raw.stream().map(predictor::canonical).toList();
        List<Prediction> expected = predictor.predictCanonical(canonical);
        List<ExportRequest.HeldOutRow> heldOut = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            heldOut.add(new ExportRequest.HeldOutRow(raw.get(i), expected.get(i)));
        }
        List<Integer> first = allRows(table).subList(0, Math.min(EXAMPLE_ROWS, table.rowCount()));
        var result = run.result();
        return new ExportRequest(details.name(), details.version(), predictor.task(), run.request().target(),
                result.model(), result.featurizerSpec(), result.algorithm(), result.hyperparameters(), result.seed(),
                finite(result.mean()), finite(result.std()),
                new TrainingDataFingerprint(result.rowsUsed(), fingerprint(table, dataFile)),
                rawRows(table, inputs, first), heldOut, details.intendedUse(), details.limitations(), null);
    }

    private static List<Integer> allRows(DataTable table) {
        List<Integer> rows = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            rows.add(r);
        }
        return rows;
    }

    static List<Integer> evenlySpaced(List<Integer> rows, int max) {
        if (rows.size() <= max) {
            return rows;
        }
        List<Integer> out = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            out.add(rows.get((int) ((long) i * rows.size() / max)));
        }
        return out;
    }

    /** Cell text per input column: for dates the column's own format, which the scorer parses back. */
    static List<Map<String, Object>> rawRows(DataTable table, List<String> columns, List<Integer> rows) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (int r : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String name : columns) {
                row.put(name, table.column(name).text(r));
            }
            out.add(row);
        }
        return out;
    }

    private static Map<String, Double> finite(Map<String, Double> metrics) {
        Map<String, Double> out = new LinkedHashMap<>();
        metrics.forEach((k, v) -> {
            if (v != null && Double.isFinite(v)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static String fingerprint(DataTable table, Path dataFile) {
        try {
            if (dataFile != null && Files.isRegularFile(dataFile)) {
                return FileHashes.sha256(dataFile);
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.join(",", table.columnNames()).getBytes(StandardCharsets.UTF_8));
            for (int r = 0; r < table.rowCount(); r++) {
                for (var column : table.columns()) {
                    sha.update(column.text(r).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) ',');
                }
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
