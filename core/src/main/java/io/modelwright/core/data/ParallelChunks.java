package io.modelwright.core.data;

import io.modelwright.core.task.CancelledException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Parses chunks on a small pool of daemon threads that lives only as long as one import. */
final class ParallelChunks {
    private ParallelChunks() {
    }

    /**
     * @return the results in range order, or null when a chunk could not be parsed (the caller then reads the
     * file in one pass, which reports the problem with its exact line)
     * @throws CancelledException         when the user cancelled
     * @throws ChunkParser.WrongEncoding  when the text is not valid in the character set tried
     */
    static List<ChunkParser.Result> parse(List<ChunkPlanner.Range> ranges,
                                          Function<ChunkPlanner.Range, ChunkParser.Result> parser) {
        ExecutorService pool = Executors.newFixedThreadPool(ranges.size(), r -> {
            Thread t = new Thread(r, "csv-import-chunk");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ChunkParser.Result>> futures = new ArrayList<>();
            for (ChunkPlanner.Range range : ranges) {
                futures.add(pool.submit(() -> parser.apply(range)));
            }
            List<ChunkParser.Result> results = new ArrayList<>();
            for (Future<ChunkParser.Result> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CancelledException c) {
                throw c;
            }
            if (cause instanceof ChunkParser.WrongEncoding w) {
                throw w;
            }
            if (cause instanceof CsvImportException) {
                return null;
            }
            throw new IllegalStateException("Reading a part of the file failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } finally {
            pool.shutdownNow();
        }
    }
}
