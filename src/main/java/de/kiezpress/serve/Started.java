package de.kiezpress.serve;

import de.kiezpress.diag.Diagnostic;
import java.util.List;

/** How starting the preview went: it runs, or it could not start (and why, in one sentence). */
public sealed interface Started permits Started.Running, Started.Refused {

    /** The server runs; {@code firstBuild} may still have failed, then it shows the error page. */
    record Running(PreviewServer server, RebuildReport firstBuild) implements Started {
    }

    /**
     * The server does not run: the port is taken, the address cannot be used, or kiezpress.yaml is unusable.
     *
     * @param diagnostics the settings' problems, if those were the reason
     */
    record Refused(String reason, List<Diagnostic> diagnostics) implements Started {
        public Refused {
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
