package io.modelwright.desktop.cli;

import io.modelwright.core.ModelwrightException;
import picocli.CommandLine;

/**
 * Turns any failure inside a command into one paragraph on stderr and exit code 2.
 * The stack trace is printed only with {@code --debug} (or {@code MODELWRIGHT_DEBUG=1}).
 */
final class FriendlyErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parseResult) {
        var err = cli.getErr();
        if (ex instanceof ModelwrightException || ex instanceof IllegalArgumentException) {
            err.println(ex.getMessage());
        } else {
            err.println("Something went wrong: " + ex + ". Run again with --debug for details.");
        }
        boolean debug = parseResult.originalArgs().contains("--debug") || "1".equals(System.getenv("MODELWRIGHT_DEBUG"));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ModelwrightCli.EXIT_ERROR;
    }
}
