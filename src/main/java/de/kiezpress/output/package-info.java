/** Writing the site: the staging folder with its atomic swap, and the data files (feeds, sitemap, robots, search index). */
package de.kiezpress.output;
