package io.modelwright.desktop.cli;

import io.modelwright.core.ModelwrightException;
import io.modelwright.runtime.batch.BatchScorer;
import io.modelwright.runtime.score.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code modelwright predict DIR --input in.csv --output out.csv}: batch scoring with an exported model, by the
 * same code as the scorer jar's {@code batch} command (one output line per input line).
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Score a CSV file with an exported model: one output line per input line.")
public final class PredictCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The artifact folder, or its model/ folder.")
    Path dir;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV to score (UTF-8; with a header line, or columns in the model's input order).")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "CSV to write the predictions to.")
    Path output;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Scorer scorer = load(ArtifactOutput.modelDir(dir));
        if (!Files.isRegularFile(input)) {
            throw new ModelwrightException("The input file " + input.toAbsolutePath().normalize()
                    + " does not exist. Give the CSV file to score with --input.");
        }
        BatchScorer.Result result;
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            result = new BatchScorer(scorer).score(in, w);
        } catch (IOException e) {
            throw new ModelwrightException("Could not score " + input + " into " + output + ": " + e.getMessage()
                    + ". Check the input is UTF-8 text and the output folder exists and is writable.", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Scored " + result.rows() + " rows (" + result.errors() + " with errors) into " + output + ".");
        out.flush();
        return 0;
    }

    private static Scorer load(Path modelDir) {
        try {
            return Scorer.load(modelDir);
        } catch (IOException | RuntimeException e) {
            throw new ModelwrightException("The model in " + modelDir + " cannot be loaded: " + e.getMessage(), e);
        }
    }
}
