package de.kiezpress.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kiezpress}: the top command; its work is done by the subcommands. */
@Command(name = "kiezpress", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds an accessible, German-language news site from Markdown files.",
        subcommands = {BuildCommand.class, ServeCommand.class, NewCommand.class, CheckCommand.class})
final class KiezpressCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    KiezpressCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(err);
        return Cli.USAGE;
    }
}
