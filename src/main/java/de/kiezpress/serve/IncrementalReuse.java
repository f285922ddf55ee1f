package de.kiezpress.serve;

import de.kiezpress.build.BuildSnapshot;
import de.kiezpress.build.PlanChanges;
import de.kiezpress.build.Reuse;
import de.kiezpress.render.PlannedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides what a preview rebuild takes over from the last good build, from what the watcher saw:
 * a planned file is made again when it is new, when its inputs are not the ones it had, or when
 * one of its inputs changed (an article, a template, a copied file's source). Strings, theme.yaml
 * and templates that other templates include or extend (base.peb, partials) can change any page:
 * then every file is made again.
 */
final class IncrementalReuse implements Reuse {
    private final BuildSnapshot previous;
    private final ChangeSet changes;
    private final boolean everyFile;

    IncrementalReuse(BuildSnapshot previous, ChangeSet changes, Path siteDir) {
        this.previous = previous;
        this.changes = changes;
        this.everyFile = changes.themeStrings() || changes.templates().stream().anyMatch(t -> isShared(t, siteDir));
    }

    @Override
    public Optional<BuildSnapshot> previous() {
        return Optional.of(previous);
    }

    @Override
    public boolean themeChanged() {
        return changes.themeChanged();
    }

    @Override
    public boolean sameFiles() {
        return !changes.contentOther() && changes.markdown().stream()
                .allMatch(file -> previous.files().containsKey(file) && Files.isRegularFile(file));
    }

    @Override
    public boolean contentChanged(Path file) {
        // a changed image or attachment changes what the front matter of any file resolves to
        return changes.contentOther() || changes.markdown().contains(file.toAbsolutePath().normalize());
    }

    @Override
    public boolean articlesReusable() {
        return !changes.contentOther();
    }

    @Override
    public List<PlannedFile> select(PlanChanges plan) {
        Set<String> changedInputs = new HashSet<>(plan.changedInputs());
        changes.templates().forEach(t -> changedInputs.add("template:" + t));
        List<PlannedFile> selected = new ArrayList<>();
        for (PlannedFile file : plan.plan()) {
            if (mustMake(file, previous.plan().get(file.path()), changedInputs, plan)) {
                selected.add(file);
            }
        }
        return selected;
    }

    private boolean mustMake(PlannedFile file, PlannedFile before, Set<String> changedInputs, PlanChanges plan) {
        if (before == null) {
            return true;
        }
        if (file instanceof PlannedFile.Copied copied) {
            return !(before instanceof PlannedFile.Copied old && old.source().equals(copied.source()))
                    || !Objects.equals(previous.copies().get(file.path()), plan.copySources().get(file.path()))
                    || changes.paths().contains(copied.source());
        }
        PlannedFile.Rendered rendered = (PlannedFile.Rendered) file;
        return everyFile
                || !(before instanceof PlannedFile.Rendered old && old.kind() == rendered.kind())
                || !before.inputs().equals(file.inputs())
                || anyChanged(file.inputs(), changedInputs);
    }

    private static boolean anyChanged(Set<String> inputs, Set<String> changedInputs) {
        for (String input : inputs) {
            if (changedInputs.contains(input)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another template of the site's themes names {@code template} (extends, include,
     * import, embed): then the pages that show it cannot be told from their inputs.
     */
    private static boolean isShared(String template, Path siteDir) {
        if (template.startsWith("partials/") || template.equals("base.peb")) {
            return true;
        }
        Path themes = siteDir.resolve("themes");
        if (!Files.isDirectory(themes)) {
            return false;
        }
        String quotedDouble = "\"" + template + "\"";
        String quotedSingle = "'" + template + "'";
        try (Stream<Path> walk = Files.walk(themes)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".peb") && Files.isRegularFile(p)).toList()) {
                String text = Files.readString(file);
                if (!file.endsWith(template) && (text.contains(quotedDouble) || text.contains(quotedSingle))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | UncheckedIOException e) {
            // a theme that cannot be read fails the build anyway; until then, assume the worst
            return true;
        }
    }
}
