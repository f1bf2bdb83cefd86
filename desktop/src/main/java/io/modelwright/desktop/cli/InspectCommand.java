package io.modelwright.desktop.cli;

import io.modelwright.core.data.CsvImporter;
import io.modelwright.core.data.ImportOptions;
import io.modelwright.core.data.ImportResult;
import io.modelwright.core.data.InspectReport;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code modelwright inspect FILE}: how Modelwright reads a CSV file. Prints only after the import succeeded, so
 * on bad input stdout stays empty and the message goes to stderr (exit code 2).
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show how Modelwright reads a CSV file: dialect, column types and why.")
public final class InspectCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file to inspect.")
    private Path file;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    private boolean json;

    @Option(names = "--delimiter", paramLabel = "C", description = "Field separator: , ; | or tab (also \\t).")
    private String delimiter;

    @Option(names = "--encoding", paramLabel = "NAME", description = "Character set, e.g. UTF-8 or windows-1252.")
    private String encoding;

    @Option(names = "--decimal", paramLabel = "C", description = "Decimal separator: . or ,")
    private String decimal;

    @Option(names = "--no-header", description = "The first line is data, not column names.")
    private boolean noHeader;

    @Option(names = "--skip-bad-rows", description = "Skip rows with the wrong number of fields (and count them).")
    private boolean skipBadRows;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        ImportOptions options = new ImportOptions(charset(encoding), delimiter(delimiter), decimal(decimal),
                noHeader ? Boolean.FALSE : null, skipBadRows, null, null);
        ImportResult result = new CsvImporter().load(file, options, ProgressListener.NONE, CancellationToken.create());
        InspectReport report = InspectReport.of(result);
        var out = spec.commandLine().getOut();
        out.print(json ? report.toJson() + System.lineSeparator() : report.toText());
        out.flush();
        return 0;
    }

    static Character delimiter(String text) {
        if (text == null) {
            return null;
        }
        return switch (text) {
            case ",", ";", "|" -> text.charAt(0);
            case "tab", "\\t", "\t" -> '\t';
            default -> throw new IllegalArgumentException("Unknown delimiter '" + text + "'. Use one of: , ; | tab");
        };
    }

    static Character decimal(String text) {
        if (text == null) {
            return null;
        }
        if (text.equals(".") || text.equals(",")) {
            return text.charAt(0);
        }
        throw new IllegalArgumentException("Unknown decimal separator '" + text + "'. Use . or ,");
    }

    static Charset charset(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Unknown encoding '" + name + "'. Use for example UTF-8, windows-1252, "
                    + "ISO-8859-1, UTF-16LE or UTF-16BE.");
        }
    }
}
