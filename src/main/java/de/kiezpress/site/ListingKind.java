package de.kiezpress.site;

/** The kinds of paged lists of articles. */
public enum ListingKind {
    HOME, PRESS_RELEASES, MEETING_REPORTS, DISTRICT, TOPIC
}
