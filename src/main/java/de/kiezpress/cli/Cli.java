package de.kiezpress.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Runs a kiezpress command line against the given streams and returns its exit status. */
public final class Cli {
    /** Exit statuses, as SPEC.md gives them. */
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new KiezpressCommand(out, err));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            err.println("kiezpress: " + describe(exception));
            return CONTENT_ERRORS;
        });
        commandLine.setParameterExceptionHandler((exception, parsedArgs) -> {
            err.println("kiezpress: " + exception.getMessage());
            CommandLine failed = exception.getCommandLine();
            err.println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for the options.");
            return USAGE;
        });
        return commandLine.execute(args);
    }

    /** One sentence for a failure that is not the user's content: an I/O problem or a bug. */
    private static String describe(Exception exception) {
        if (exception instanceof UncheckedIOException io) {
            String cause = io.getCause() != null ? io.getCause().toString() : "";
            return io.getMessage() + (cause.isEmpty() ? "" : " (" + cause + ")");
        }
        return "internal error: " + exception + " (please report this, with the command you ran)";
    }
}
