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
 * @param changedInputs  the inputs (as {@link de.kiezpress.render.PlannedFile#inputs()} names them) whose
 *                       value differs from the build before: the source path ({@code content/x.md}) of
 *                       an article that changed, appeared or went, and its teaser input when what
 *                       listings show of it changed
 * @param copySources    the fingerprint of the source of every copied file, by output path
 */
public record PlanChanges(List<PlannedFile> plan, Set<String> changedInputs, Map<String, Fingerprint> copySources) {
    public PlanChanges {
        plan = List.copyOf(plan);
        changedInputs = Set.copyOf(changedInputs);
        copySources = Map.copyOf(copySources);
    }
}
