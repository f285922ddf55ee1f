package de.kiezpress.template;

/** An article as an entry of a list: listings, archive, related articles. */
public record ItemView(String title, String url, String dateIso, String dateText, String type, String typeLabel,
                       Link district, String summary, String lang) {
}
