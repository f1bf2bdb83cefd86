package io.modelwright.runtime.batch;

import io.modelwright.runtime.featurize.InvalidInputException;
import io.modelwright.runtime.score.Prediction;
import io.modelwright.runtime.score.Scorer;
import io.modelwright.runtime.serve.CsvLines;
import io.modelwright.runtime.serve.PredictionWriter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a CSV file of any size in constant memory: reads a chunk of lines, scores the good ones in one batch,
 * writes one output line per input line, in order. A bad line gets an error in the last column and does not stop
 * the run. A first line equal to the input names is a header (then the output has a header too).
 * <p>
 * Chunks are parsed and scored on every core while this thread reads and writes; at most two chunks per core
 * are in flight, so memory stays flat whatever the file size, and output keeps the input order.
 */
public final class BatchScorer {
    private static final int CHUNK = 1_000;
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final Scorer scorer;
    private final PredictionWriter writer;
    private final int inputCount;

    /** @param scorer the loaded model */
    public BatchScorer(Scorer scorer) {
        this.scorer = scorer;
        this.writer = new PredictionWriter(scorer.manifest());
        this.inputCount = scorer.manifest().inputNames().size();
    }

    /** Counts of a finished run. */
    public record Result(long rows, long errors) {
        Result plus(Result other) {
            return new Result(rows + other.rows, errors + other.errors);
        }
    }

    /**
     * @param in  CSV lines (UTF-8), headerless in manifest input order or with a header line
     * @param out receives one line per input line
     */
    public Result score(BufferedReader in, Writer out) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread t = new Thread(runnable, "batch-scorer");
            t.setDaemon(true);
            return t;
        });
        try {
            return score(in, out, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private Result score(BufferedReader in, Writer out, ExecutorService pool) throws IOException {
        Deque<Future<RenderedChunk>> inFlight = new ArrayDeque<>();
        List<String> inputNames = scorer.manifest().inputNames();
        List<String> header = null;
        List<String> chunk = new ArrayList<>(CHUNK);
        Result total = new Result(0, 0);
        String line = in.readLine();
        if (line != null && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        boolean first = true;
        while (line != null) {
            if (first) {
                first = false;
                List<String> fields = safeSplit(line);
                if (fields != null && CsvLines.isHeader(fields, inputNames)) {
                    header = fields.stream().map(String::trim).toList();
                    List<String> outHeader = new ArrayList<>(writer.csvHeader());
                    outHeader.add("error");
                    out.write(String.join(",", outHeader) + "\n");
                    line = in.readLine();
                    continue;
                }
            }
            chunk.add(line);
            if (chunk.size() == CHUNK) {
                submit(pool, inFlight, chunk, header);
                chunk = new ArrayList<>(CHUNK);
                if (inFlight.size() >= 2 * THREADS) {
                    total = total.plus(writeNext(inFlight, out));
                }
            }
            line = in.readLine();
        }
        submit(pool, inFlight, chunk, header);
        while (!inFlight.isEmpty()) {
            total = total.plus(writeNext(inFlight, out));
        }
        out.flush();
        return total;
    }

    private void submit(ExecutorService pool, Deque<Future<RenderedChunk>> inFlight, List<String> lines,
                        List<String> header) {
        if (!lines.isEmpty()) {
            inFlight.add(pool.submit(() -> render(lines, header)));
        }
    }

    private static Result writeNext(Deque<Future<RenderedChunk>> inFlight, Writer out) throws IOException {
        RenderedChunk chunk;
        try {
            chunk = inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Batch scoring was interrupted.", e);
        } catch (ExecutionException e) {
            throw new IOException("Batch scoring failed: " + e.getCause().getMessage(), e.getCause());
        }
        out.write(chunk.text());
        return new Result(chunk.rows(), chunk.errors());
    }

    /** One chunk's output lines, ready to write, with its row and error counts. */
    private record RenderedChunk(String text, long rows, long errors) {
    }

    private RenderedChunk render(List<String> lines, List<String> header) {
        StringBuilder out = new StringBuilder(lines.size() * 96);
        long bad = flush(lines, header, out);
        return new RenderedChunk(out.toString(), lines.size(), bad);
    }

    private long flush(List<String> lines, List<String> header, StringBuilder out) {
        String[] errors = new String[lines.size()];
        List<Object[]> canonical = new ArrayList<>(lines.size());
        int[] good = new int[lines.size()];
        int goodCount = 0;
        for (int i = 0; i < lines.size(); i++) {
            try {
                canonical.add(parse(lines.get(i), header));
                good[goodCount++] = i;
            } catch (InvalidInputException | IllegalArgumentException e) {
                errors[i] = e.getMessage();
            }
        }
        Prediction[] predictions = new Prediction[lines.size()];
        List<Prediction> scored = predictAll(canonical, good, errors);
        for (int k = 0; k < goodCount; k++) {
            predictions[good[k]] = scored.get(k);
        }
        int emptyColumns = writer.csvHeader().size();
        long bad = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (predictions[i] != null) {
                writer.appendCsv(predictions[i], out);
                out.append(",\n");
            } else {
                bad++;
                out.append(",".repeat(emptyColumns));
                out.append(CsvLines.quote(errors[i]));
                out.append('\n');
            }
        }
        return bad;
    }

    /** Scores in one batch; if the batch fails (a row shares no feature), falls back to row by row. */
    private List<Prediction> predictAll(List<Object[]> canonical, int[] good, String[] errors) {
        try {
            return scorer.predictCanonical(canonical);
        } catch (InvalidInputException batchFailure) {
            List<Prediction> result = new ArrayList<>(canonical.size());
            for (int k = 0; k < canonical.size(); k++) {
                try {
                    result.add(scorer.predictCanonical(java.util.Collections.singletonList(canonical.get(k))).get(0));
                } catch (InvalidInputException e) {
                    errors[good[k]] = e.getMessage();
                    result.add(null);
                }
            }
            return result;
        }
    }

    private Object[] parse(String line, List<String> header) {
        if (header == null) {
            return scorer.toCanonicalCsvLine(line);
        }
        List<String> fields = CsvLines.split(line, inputCount);
        if (fields.size() != header.size()) {
            throw new InvalidInputException(null, "Expected " + header.size() + " values but got " + fields.size()
                    + ".");
        }
        if (scorer.isInputOrder(header)) {
            return scorer.toCanonicalPositional(fields); // same values and errors as by name, without a map
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            row.put(header.get(c), fields.get(c));
        }
        return scorer.toCanonical(row);
    }

    private static List<String> safeSplit(String line) {
        try {
            return CsvLines.split(line);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
