/** The immutable snapshot of a whole site: published articles, listings, taxonomies, archive and related links. */
package de.kiezpress.site;
