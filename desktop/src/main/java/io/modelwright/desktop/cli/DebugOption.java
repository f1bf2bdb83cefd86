package io.modelwright.desktop.cli;

import picocli.CommandLine.Option;

/**
 * {@code --debug}, shared by every command as a picocli mixin. The flag is read by {@link FriendlyErrorHandler},
 * which prints the stack trace of a failure only when it is given.
 */
final class DebugOption {
    @Option(names = "--debug", description = "Print the stack trace when something fails.")
    boolean debug;
}
