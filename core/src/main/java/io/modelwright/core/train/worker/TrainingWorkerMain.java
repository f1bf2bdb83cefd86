package io.modelwright.core.train.worker;

import io.modelwright.core.ModelwrightException;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.train.TrainingEngine;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of the training worker process started by {@link io.modelwright.core.train.IsolatedTrainer}:
 * {@code java -cp ... io.modelwright.core.train.worker.TrainingWorkerMain DIR}. Reads the request from DIR, trains,
 * writes the result back; progress goes to standard output as tab-separated lines. Exit codes: 0 done, 2 bad
 * input (message in error.txt), 3 out of memory, 4 any other failure.
 */
public final class TrainingWorkerMain {
    private TrainingWorkerMain() {
    }

    public static void main(String[] args) {
        WorkerFiles files = new WorkerFiles(Path.of(args[0]));
        PrintStream progress = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // Libraries that print to stdout must not be mistaken for progress lines.
        System.setOut(System.err);
        int code;
        try {
            TrainingRequest request = files.readRequest();
            TrainingResult result = new TrainingEngine().run(request, (done, total, message) ->
                    progress.println(WorkerFiles.PROGRESS_PREFIX + done + "\t" + total + "\t" + message),
                    CancellationToken.create());
            files.writeResult(result);
            code = WorkerFiles.EXIT_OK;
        } catch (ModelwrightException e) {
            code = fail(files, e.getMessage(), WorkerFiles.EXIT_BAD_INPUT);
        } catch (OutOfMemoryError e) {
            code = fail(files, "out of memory", WorkerFiles.EXIT_OUT_OF_MEMORY);
        } catch (Throwable e) {
            e.printStackTrace();
            code = fail(files, e.toString(), WorkerFiles.EXIT_FAILED);
        }
        progress.flush();
        System.exit(code);
    }

    private static int fail(WorkerFiles files, String message, int code) {
        try {
            Files.writeString(files.error(), message, StandardCharsets.UTF_8);
        } catch (IOException | OutOfMemoryError ignored) {
            // The exit code still tells the parent what happened.
        }
        return code;
    }
}
