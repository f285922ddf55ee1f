package de.kiezpress.audit;

/**
 * A link or resource of a page that points into the site.
 *
 * @param targetFile the output file it needs ({@code bezirke/index.html}); empty for the page itself
 * @param fragment   the anchor, without {@code #}; empty for none
 * @param resource   an image, stylesheet or script rather than a link
 * @param href       as written in the page, for messages
 */
public record InternalLink(String targetFile, String fragment, boolean resource, String href) {
}
