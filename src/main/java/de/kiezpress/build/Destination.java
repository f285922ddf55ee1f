package de.kiezpress.build;

import de.kiezpress.output.Output;
import de.kiezpress.output.Sink;
import java.nio.file.Path;
import java.util.Set;

/**
 * Where a build's files go, and how they become the site: only when the whole build succeeded
 * ({@link #commit}); a failed build calls {@link #abort} and the site stays as it was.
 */
public interface Destination extends Sink {

    /**
     * Makes what was written the site.
     *
     * @param planned every file of the new site, written by this build or not; a destination that
     *                keeps files from an earlier build removes the others
     */
    void commit(Set<String> planned);

    /** Throws away what was written; may be called after {@link #commit}, when it does nothing. */
    void abort();

    /** A fresh staging folder swapped in on commit: every file is written, the rest of the old site disappears. */
    static Destination staged(Output output) {
        return new Destination() {
            @Override
            public void write(String relativePath, byte[] bytes) {
                output.write(relativePath, bytes);
            }

            @Override
            public void copy(String relativePath, Path source) {
                output.copy(relativePath, source);
            }

            @Override
            public void commit(Set<String> planned) {
                output.commit();
            }

            @Override
            public void abort() {
                output.abort();
            }
        };
    }

    /** Keeps nothing: {@code check} renders and audits everything but writes nothing. */
    Destination DISCARD = new Destination() {
        @Override
        public void write(String relativePath, byte[] bytes) {
            Sink.DISCARD.write(relativePath, bytes);
        }

        @Override
        public void copy(String relativePath, Path source) {
            Sink.DISCARD.copy(relativePath, source);
        }

        @Override
        public void commit(Set<String> planned) {
            // nothing was kept
        }

        @Override
        public void abort() {
            // nothing was kept
        }
    };
}
