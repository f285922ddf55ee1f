package de.kiezpress.serve;

import de.kiezpress.build.Build;
import de.kiezpress.build.BuildOptions;
import de.kiezpress.build.BuildOutcome;
import de.kiezpress.build.BuildResult;
import de.kiezpress.build.BuildSnapshot;
import de.kiezpress.build.Reuse;
import de.kiezpress.build.Settings;
import de.kiezpress.config.SiteConfig;
import de.kiezpress.diag.Diagnostic;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import de.kiezpress.template.I18n;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One preview session's builds: the last good build, what changed since, and what the server
 * should show now. A build that fails leaves the last good site in the folder; the next one starts
 * from that site again, with every change made since.
 */
final class Preview {
    /** More changed files than this and a full build is simpler and no slower. */
    private static final int MOST_CHANGED_FILES = 200;
    static final String RELOAD_SCRIPT = "__kiezpress/reload.js";
    static final String EVENTS = "__kiezpress/events";

    private final BuildOptions userOptions;
    private final String origin;
    private final LiveFolder folder;
    private final PreviewStrings.Fallback fallbackStrings;
    private BuildOptions options;
    private BuildSnapshot lastGood;
    private ChangeSet pending = ChangeSet.NONE;
    private List<Diagnostic> lastDiagnostics = List.of();
    private volatile PreviewState state;

    /**
     * @param userOptions source, drafts, future and "now" as the user asked
     * @param origin      the server's origin, e.g. {@code http://127.0.0.1:1313}, which replaces the site's
     */
    Preview(BuildOptions userOptions, String origin, LiveFolder folder, PreviewStrings.Fallback fallbackStrings) {
        this.userOptions = userOptions.withDestination(folder.root()).withWrite(true).withStrict(false);
        this.origin = origin;
        this.folder = folder;
        this.fallbackStrings = fallbackStrings;
        this.options = optionsFor("/");
        this.state = PreviewState.building("/");
    }

    PreviewState state() {
        return state;
    }

    /** The options the last build ran with; a test builds with them to compare. */
    synchronized BuildOptions options() {
        return options;
    }

    /** Builds what changed since the last good build (everything at the start). */
    synchronized RebuildReport rebuild(ChangeSet changes) {
        pending = pending.merge(changes);
        boolean full = lastGood == null || pending.everything() || pending.markdown().size() > MOST_CHANGED_FILES;
        if (full) {
            options = optionsFor(basePathOf(userOptions).orElse(state.basePath()));
        }
        Reuse reuse = full ? Reuse.START_OVER : new IncrementalReuse(lastGood, pending, options.source());
        BuildOutcome outcome = Build.run(options, reuse, full ? folder::full : folder::partial);
        return finish(outcome, full);
    }

    /** Turns a failure that is not the user's (an I/O problem, a bug) into a broken preview, so the session goes on. */
    synchronized RebuildReport failed(RuntimeException failure) {
        Diagnostic problem = Diagnostic.error("", Position.UNKNOWN, "the preview could not be built: " + failure);
        BuildResult result = new BuildResult(BuildResult.Status.FAILED, 0, 0, 0, List.of(problem), List.of(), Duration.ZERO);
        return finish(new BuildOutcome(result, Optional.empty()), false);
    }

    private RebuildReport finish(BuildOutcome outcome, boolean full) {
        BuildResult result = outcome.result();
        boolean wasBroken = state.broken();
        Set<Diagnostic> before = new HashSet<>(lastDiagnostics);
        List<Diagnostic> fresh = result.diagnostics().stream().filter(d -> !before.contains(d)).toList();
        lastDiagnostics = result.diagnostics();
        if (outcome.snapshot().isPresent()) {
            lastGood = outcome.snapshot().get();
            pending = ChangeSet.NONE;
            state = PreviewState.good(lastGood.config().baseUrl().basePath());
        } else {
            String page = ErrorPage.render(result.diagnostics(), options.source(), strings(),
                    options.liveReloadUrl());
            state = PreviewState.broken(state.basePath(), result.diagnostics(), page);
        }
        long pages = lastGood == null ? 0 : lastGood.pages();
        boolean reload = result.files() > 0 || state.broken() || wasBroken;
        return new RebuildReport(result, pages, full, fresh, reload);
    }

    /** The site's strings for the error page: those of the last good theme, else the built-in theme's. */
    private PreviewStrings strings() {
        Optional<I18n> site = Optional.ofNullable(lastGood).flatMap(s -> s.theme().templates()).map(t -> t.i18n());
        String language = Optional.ofNullable(lastGood).map(s -> s.config().language()).orElse("de");
        return new PreviewStrings(site, fallbackStrings, language);
    }

    private BuildOptions optionsFor(String basePath) {
        return userOptions.withBaseUrl(Optional.of(origin + basePath)).withLiveReload(basePath + RELOAD_SCRIPT);
    }

    /** The base path kiezpress.yaml sets, which the preview keeps: the site is served under it, as it will be. */
    private static Optional<String> basePathOf(BuildOptions options) {
        return Settings.read(options.source().toAbsolutePath().normalize(), options.withBaseUrl(Optional.empty()),
                new Diagnostics()).map(SiteConfig::baseUrl).map(url -> url.basePath());
    }

    Path root() {
        return folder.root();
    }
}
