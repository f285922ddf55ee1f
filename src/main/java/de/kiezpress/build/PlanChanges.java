package de.kiezpress.build;

import de.kiezpress.render.PlannedFile;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a build knows, once it has planned the site, about how it differs from the build before:
 * the question {@link Reuse#select} answers with the files to make.
 *
 * @param plan           every file of the new site
 * @param changedSources source paths ({@code content/x.md}) whose article differs from the one
 *                       before, or that were published only before or only now
 * @param copySources    the fingerprint of the source of every copied file, by output path
 */
public record PlanChanges(List<PlannedFile> plan, Set<String> changedSources, Map<String, Fingerprint> copySources) {
    public PlanChanges {
        plan = List.copyOf(plan);
        changedSources = Set.copyOf(changedSources);
        copySources = Map.copyOf(copySources);
    }
}
