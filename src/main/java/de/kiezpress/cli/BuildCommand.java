package de.kiezpress.cli;

import de.kiezpress.build.Build;
import de.kiezpress.build.BuildOptions;
import de.kiezpress.build.BuildResult;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kiezpress build}: builds the site into the destination folder. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds the site into the destination folder (site/ by default).")
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    private KiezpressCommand parent;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site's folder (default: the working directory)")
    private Path source = Path.of("");

    @Option(names = {"-d", "--destination"}, paramLabel = "DIR", description = "where the site goes (default: SOURCE/site)")
    private Path destination;

    @Option(names = "--drafts", description = "include drafts")
    private boolean drafts;

    @Option(names = "--future", description = "include articles dated in the future")
    private boolean future;

    @Option(names = "--base-url", paramLabel = "URL", description = "use this instead of baseUrl in kiezpress.yaml")
    private String baseUrl;

    @Option(names = "--strict", description = "fail on warnings too")
    private boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "print how long each step took")
    private boolean verbose;

    @Override
    public Integer call() {
        Path site = source.toAbsolutePath().normalize();
        BuildOptions options = new BuildOptions(site, destination != null ? destination : site.resolve("site"), drafts,
                future, Optional.ofNullable(baseUrl), strict, true, null, ZonedDateTime.now());
        BuildResult result = Build.run(options);
        Reports.print(result, "written to " + options.destination().toAbsolutePath().normalize(), verbose, parent.out(),
                parent.err());
        return Reports.exitStatus(result);
    }
}
