/** The editors' preview: builds into a temporary folder, serves it, watches the site and rebuilds only what a change touches, and reloads open tabs. */
package de.kiezpress.serve;
