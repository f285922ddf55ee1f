package de.kiezpress.content.load;

import java.util.Locale;
import java.util.Map;

/** The format name readers know a download by ("PDF", "Word"), from its extension. */
final class FileTypes {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("pdf", "PDF"), Map.entry("doc", "Word"), Map.entry("docx", "Word"),
            Map.entry("odt", "ODT"), Map.entry("xls", "Excel"), Map.entry("xlsx", "Excel"),
            Map.entry("ods", "ODS"), Map.entry("ppt", "PowerPoint"), Map.entry("pptx", "PowerPoint"),
            Map.entry("odp", "ODP"), Map.entry("csv", "CSV"), Map.entry("txt", "Text"), Map.entry("zip", "ZIP"),
            Map.entry("jpg", "JPEG"), Map.entry("jpeg", "JPEG"), Map.entry("png", "PNG"), Map.entry("gif", "GIF"),
            Map.entry("webp", "WebP"), Map.entry("svg", "SVG"), Map.entry("mp4", "MP4"), Map.entry("webm", "WebM"),
            Map.entry("mp3", "MP3"), Map.entry("epub", "EPUB"), Map.entry("xml", "XML"), Map.entry("json", "JSON"));

    private FileTypes() {
    }

    static String labelOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return LABELS.getOrDefault(extension, extension.toUpperCase(Locale.ROOT));
    }
}
