package de.kiezpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.render.PlannedFile;
import de.kiezpress.site.RelatedArticles;
import de.kiezpress.testing.TestSite;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build keeps for the next one (the analysed texts of the related-articles search, the
 * names of teaser inputs) changes how much it works, never what it plans: a build that takes
 * them over plans exactly what a build from scratch plans.
 */
class TakeOverTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final String EDITED = "content/pressemitteilungen/2023-03-03-meldung-3.md";

    @TempDir
    Path dir;

    @Test
    void plansWhatABuildFromScratchPlansAndNamesUnchangedTeasersWithTheSameStrings() {
        TestSite site = site();
        BuildOptions options = BuildOptions.of(site.root()).withNow(NOW);
        BuildSnapshot first = build(options, Reuse.START_OVER);
        assertThat(first.related().size()).isEqualTo(8);
        assertThat(first.teaserInputs()).hasSize(9);

        site.article(EDITED, "title: Neuer Titel der Meldung 3\ndate: 2023-03-03\ndistrict: Pankow\ntopics: [Wohnen]\n",
                "Ein ganz neuer Text über den Spielplatz am Wasserturm und die Wohnungen am Kollwitzplatz.\n");
        BuildSnapshot second = build(options, takingOver(first, site.root().resolve(EDITED)));
        BuildSnapshot fromScratch = build(options, Reuse.START_OVER);

        assertThat(inputs(second)).isEqualTo(inputs(fromScratch));
        String unchanged = "teaser:content/pressemitteilungen/2023-02-02-meldung-2.md";
        PlannedFile archive = second.plan().get("archiv/index.html");
        assertThat(archive.inputs()).contains(unchanged);
        assertThat(archive.inputs().stream().filter(unchanged::equals).findFirst().orElseThrow())
                .isSameAs(first.teaserInputs().get("content/pressemitteilungen/2023-02-02-meldung-2.md"));
    }

    @Test
    void aOneShotBuildKeepsNothingForLater() {
        BuildSnapshot once = build(BuildOptions.of(site().root()).withNow(NOW), Reuse.NOTHING);

        assertThat(once.related()).isSameAs(RelatedArticles.Analysed.NONE);
        assertThat(once.teaserInputs()).isEmpty();
    }

    private TestSite site() {
        TestSite site = TestSite.in(dir.resolve("seite"));
        List<String> districts = List.of("Mitte", "Pankow", "Neukölln");
        for (int i = 1; i <= 8; i++) {
            site.article(String.format("content/pressemitteilungen/2023-%02d-%02d-meldung-%d.md", i, i, i),
                    "title: Meldung " + i + "\ndate: " + String.format("2023-%02d-%02d", i, i) + "\ndistrict: "
                            + districts.get(i % 3) + "\ntopics: [" + (i % 2 == 0 ? "Wohnen" : "Spielplätze, wohnen") + "]\n",
                    "Der Spielplatz und die Wohnungen im Kiez " + i + ". Mieterinnen berichten vom Wasserturm.\n");
        }
        site.file("content/seiten/impressum.md", "---\ntitle: Impressum\n---\nAngaben.\n");
        return site;
    }

    private static BuildSnapshot build(BuildOptions options, Reuse reuse) {
        BuildOutcome outcome = Build.run(options, reuse, () -> Destination.DISCARD);
        assertThat(outcome.result().status()).as(outcome.result().diagnostics().toString()).isEqualTo(BuildResult.Status.OK);
        return outcome.snapshot().orElseThrow();
    }

    /** Every file's inputs, by path. */
    private static Map<String, Set<String>> inputs(BuildSnapshot snapshot) {
        return snapshot.plan().values().stream()
                .collect(Collectors.toMap(PlannedFile::path, PlannedFile::inputs, (a, b) -> a, TreeMap::new));
    }

    /** Takes over everything but the one changed file, and makes every planned file. */
    private static Reuse takingOver(BuildSnapshot previous, Path changed) {
        return new Reuse() {
            @Override
            public Optional<BuildSnapshot> previous() {
                return Optional.of(previous);
            }

            @Override
            public boolean themeChanged() {
                return false;
            }

            @Override
            public boolean sameFiles() {
                return true;
            }

            @Override
            public boolean contentChanged(Path file) {
                return file.toAbsolutePath().normalize().equals(changed.toAbsolutePath().normalize());
            }

            @Override
            public boolean articlesReusable() {
                return true;
            }

            @Override
            public List<PlannedFile> select(PlanChanges changes) {
                return changes.plan();
            }
        };
    }
}
