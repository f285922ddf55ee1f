package de.kiezpress.cli;

import de.kiezpress.build.Build;
import de.kiezpress.build.BuildOptions;
import de.kiezpress.build.BuildResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kiezpress check}: everything a build does (content validated, pages rendered and audited), but nothing is written. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Validates the content and audits the rendered pages exactly as build would, but writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private KiezpressCommand parent;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site's folder (default: the working directory)")
    private Path source = Path.of("");

    @Option(names = "--drafts", description = "check drafts too")
    private boolean drafts;

    @Option(names = "--future", description = "check articles dated in the future too")
    private boolean future;

    @Option(names = "--strict", description = "fail on warnings too")
    private boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "print how long each step took")
    private boolean verbose;

    @Override
    public Integer call() {
        BuildOptions options = BuildOptions.of(source.toAbsolutePath().normalize())
                .withDrafts(drafts, future).withStrict(strict).withWrite(false);
        BuildResult result = Build.run(options);
        Reports.print(result, "nothing written", verbose, parent.out(), parent.err());
        return Reports.exitStatus(result);
    }
}
