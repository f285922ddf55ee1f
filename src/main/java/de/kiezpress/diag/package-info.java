/** Diagnostics: the problems a run finds, as values with file, line and column, collected and never thrown. */
package de.kiezpress.diag;
