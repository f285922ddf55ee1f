package de.kiezpress.audit;

/**
 * One problem on a rendered page.
 *
 * @param sourceKey what locates the element in the page's Markdown, if it came from there
 *                  ({@code id:…}, {@code href:…}, {@code src:…}); empty otherwise
 */
public record Finding(String message, String hint, String sourceKey) {
    public static Finding of(String message, String hint) {
        return new Finding(message, hint, "");
    }
}
