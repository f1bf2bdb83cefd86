package io.modelwright.desktop.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code modelwright <command>}: the headless face of the app. Every command builds the same core requests
 * as the desktop screens, so GUI and CLI share one code path.
 * Exit codes: 0 success, 1 a negative answer (e.g. reproduce found differences), 2 bad input or failure.
 */
@Command(name = "modelwright", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "From a CSV file to a model running in production.",
        subcommands = {
                InspectCommand.class,
                AlgorithmsCommand.class,
                TrainCommand.class,
                CompareCommand.class,
                RunsCommand.class,
                ReproduceCommand.class,
                ExportCommand.class,
                ServeCommand.class,
                PredictCommand.class,
        })
public final class ModelwrightCli implements Runnable {

    /** Exit code for bad input or a failure; the message goes to stderr. */
    public static final int EXIT_ERROR = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Runs a command line and returns the exit code; never throws. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs a command line with the given streams (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ModelwrightCli());
        cli.setExecutionExceptionHandler(new FriendlyErrorHandler());
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'modelwright " + ex.getCommandLine().getCommandName()
                    + " --help' to see the options.");
            return EXIT_ERROR;
        });
        return cli;
    }

    /** @return true when {@code word} names a subcommand (so {@code modelwright inspect} is not taken as a file) */
    public static boolean isCommand(String word) {
        return commandLine().getSubcommands().containsKey(word) || "help".equals(word);
    }
}
