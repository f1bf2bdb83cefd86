package io.modelwright.desktop.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code modelwright inspect FILE}: placeholder until import lands. */
@Command(name = "inspect", description = "Show how Modelwright reads a CSV file: dialect, column types and why.")
public final class InspectCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
