package de.kiezpress.cli;

import de.kiezpress.config.ConfigLoader;
import de.kiezpress.config.SiteConfig;
import de.kiezpress.content.ArticleType;
import de.kiezpress.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kiezpress new}: writes a new content file with its front matter filled in, and prints its path. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Writes a new press release, meeting report or page with its front matter filled in, "
                + "and prints its path.")
final class NewCommand implements Callable<Integer> {
    @ParentCommand
    private KiezpressCommand parent;

    @Parameters(index = "0", paramLabel = "TYPE", description = "press-release, meeting-report or page")
    private String type;

    @Parameters(index = "1", paramLabel = "TITLE", description = "the title, in quotes")
    private String title;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site's folder (default: the working directory)")
    private Path source = Path.of("");

    @Option(names = "--district", paramLabel = "NAME", description = "one of the site's districts, e.g. Neukölln")
    private String district;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the article's date (default: today)")
    private String date;

    @Override
    public Integer call() {
        Optional<ArticleType> articleType = ArticleType.fromKey(type);
        if (articleType.isEmpty()) {
            parent.err().println("kiezpress: unknown type \"" + type + "\"; use one of: "
                    + String.join(", ", ArticleType.keys()));
            return Cli.USAGE;
        }
        Path site = source.toAbsolutePath().normalize();
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteConfig> config = ConfigLoader.load(site, diagnostics);
        Optional<NewFile> file = config.flatMap(c -> NewFile.of(c, articleType.get(), title, Optional.ofNullable(district),
                Optional.ofNullable(date), LocalDate.now(c.timeZone()), diagnostics));
        diagnostics.sorted().forEach(d -> parent.err().println(d.format()));
        if (file.isEmpty()) {
            parent.err().println("kiezpress: nothing written");
            return Cli.USAGE;
        }
        Path target = site.resolve(file.get().path());
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.get().text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            parent.err().println("kiezpress: " + file.get().path() + " already exists; nothing was overwritten "
                    + "(edit that file, or choose another title or --date)");
            return Cli.CONTENT_ERRORS;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        parent.out().println(file.get().path());
        return Cli.OK;
    }
}
