package de.kiezpress.build;

import de.kiezpress.render.PlannedFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the plan of a full build of a site as text, one file a line with everything the plan
 * says of it (inputs sorted, since their set's order is not fixed), in the plan's order: to
 * compare the plan before and after a change to the planner.
 *
 * <pre>
 * java -cp target/kiezpress.jar:target/test-classes de.kiezpress.build.PlanDump SITE-FOLDER OUT-FILE
 * </pre>
 * Not a test (surefire only runs {@code *Test} classes).
 */
public final class PlanDump {
    private PlanDump() {
    }

    public static void main(String[] args) throws IOException {
        BuildOptions options = BuildOptions.of(Path.of(args[0])).withNow(ZonedDateTime.parse("2025-06-01T12:00:00+02:00[Europe/Berlin]"));
        BuildOutcome outcome = Build.run(options, Reuse.START_OVER, () -> Destination.DISCARD);
        BuildSnapshot snapshot = outcome.snapshot().orElseThrow(() -> new IllegalStateException(outcome.result().toString()));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (Map.Entry<String, PlannedFile> entry : snapshot.plan().entrySet()) {
                PlannedFile file = entry.getValue();
                StringBuilder line = new StringBuilder(entry.getKey()).append('\t').append(file.path()).append('\t')
                        .append(file.origin()).append('\t').append(new java.util.TreeSet<>(file.inputs()));
                if (file instanceof PlannedFile.Rendered rendered) {
                    line.append('\t').append(rendered.kind()).append('\t').append(rendered.template()).append('\t')
                            .append(new TreeMap<>(rendered.sourceMap()));
                } else if (file instanceof PlannedFile.Copied copied) {
                    line.append("\tCOPY\t").append(copied.source());
                }
                out.println(line);
            }
        }
    }
}
