/** A build as a flat list of named, timed steps, from kiezpress.yaml to a swapped-in site; returns a {@link de.kiezpress.build.BuildResult}. */
package de.kiezpress.build;
