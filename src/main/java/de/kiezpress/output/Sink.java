package de.kiezpress.output;

import java.nio.file.Path;

/** Where rendered files go: the staging folder of a build, or nowhere for {@code check}. */
public interface Sink {
    void write(String relativePath, byte[] bytes);

    void copy(String relativePath, Path source);

    /** A sink that keeps nothing: {@code check} renders and audits everything but writes nothing. */
    Sink DISCARD = new Sink() {
        @Override
        public void write(String relativePath, byte[] bytes) {
            // nothing is written
        }

        @Override
        public void copy(String relativePath, Path source) {
            // nothing is copied
        }
    };
}
