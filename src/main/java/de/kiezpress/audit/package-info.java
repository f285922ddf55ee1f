/** Checks rendered pages with jsoup: text alternatives, link texts, headings, ids, links, assets, other hosts, title and lang. */
package de.kiezpress.audit;
