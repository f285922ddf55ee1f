/** The domain: articles, their front matter, types, slugs and URLs, as immutable records without I/O. */
package de.kiezpress.content;
