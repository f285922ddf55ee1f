package de.kiezpress.content;

/**
 * A download listed with an article.
 *
 * @param href      site path of the published file
 * @param fileType  what readers call the format ("PDF", "Word")
 * @param sizeBytes the file's size, shown as "240 KB"
 */
public record Attachment(String title, String href, String fileType, long sizeBytes) {
}
