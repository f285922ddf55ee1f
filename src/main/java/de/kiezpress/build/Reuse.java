package de.kiezpress.build;

import de.kiezpress.render.PlannedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a build may take over from the last good one instead of doing it again. A one-shot build
 * takes {@link #NOTHING}; the preview server answers from what its watcher saw. The build itself
 * checks what it can compare (settings, loaded files, Markdown options, link targets), so an
 * answer here can make it do more, never skip what changed in a way it can see.
 */
public interface Reuse {

    /** The last good build, whose results may be taken over. */
    Optional<BuildSnapshot> previous();

    /** Whether a file of the theme may have changed since {@link #previous()}. */
    boolean themeChanged();

    /**
     * Whether exactly the Markdown files of the last good build exist (none made, deleted or
     * moved since), so that content/ need not be searched again.
     */
    boolean sameFiles();

    /** Whether this Markdown file may have changed, even if its size and time say it has not. */
    boolean contentChanged(Path file);

    /**
     * Whether rendered Markdown may be taken over at all: not when a file beside the articles (an
     * image, an attachment) changed, since links to it are checked while rendering.
     */
    boolean articlesReusable();

    /** The planned files to make; the others are taken over as the last good build made them. */
    List<PlannedFile> select(PlanChanges changes);

    /**
     * Whether a later build will take over from this one, so that the build should keep what it
     * could take over (the analysed texts of the related-articles search), not only its results.
     */
    default boolean forLaterBuilds() {
        return true;
    }

    /** Reuses nothing: every file is loaded, rendered and written; a one-shot build, none follows it. */
    Reuse NOTHING = new FromScratch(false);

    /** Reuses nothing, like {@link #NOTHING}, but keeps what a later build can take over: a preview's full build. */
    Reuse START_OVER = new FromScratch(true);

    /** A build that takes nothing over; {@code forLaterBuilds} as {@link Reuse#forLaterBuilds()}. */
    record FromScratch(boolean forLaterBuilds) implements Reuse {
        @Override
        public Optional<BuildSnapshot> previous() {
            return Optional.empty();
        }

        @Override
        public boolean themeChanged() {
            return true;
        }

        @Override
        public boolean sameFiles() {
            return false;
        }

        @Override
        public boolean contentChanged(Path file) {
            return true;
        }

        @Override
        public boolean articlesReusable() {
            return false;
        }

        @Override
        public List<PlannedFile> select(PlanChanges changes) {
            return changes.plan();
        }
    }
}
