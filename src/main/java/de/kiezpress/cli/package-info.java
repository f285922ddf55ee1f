/** The command line (picocli): the only place that prints and picks an exit status; streams are parameters, so it is testable. */
package de.kiezpress.cli;
