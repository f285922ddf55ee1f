package de.kiezpress.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A date from front matter, with the time of day when one was written, in the site's time zone.
 * Keeping "no time given" apart lets pages print {@code <time datetime="2022-06-14">} instead of
 * inventing midnight.
 */
public record ContentDate(LocalDate date, Optional<LocalTime> time, ZoneId zone) implements Comparable<ContentDate> {
    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    public ContentDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    public static ContentDate of(LocalDate date, ZoneId zone) {
        return new ContentDate(date, Optional.empty(), zone);
    }

    /** The moment, at the start of the day when no time was given. */
    public ZonedDateTime zoned() {
        return time.map(t -> ZonedDateTime.of(date, t, zone)).orElseGet(() -> date.atStartOfDay(zone));
    }

    /** For {@code <time datetime>}: the date alone, or date and time with offset. */
    public String machineReadable() {
        return time.isPresent() ? zoned().format(OFFSET_TIME) : date.toString();
    }

    /** Always a full RFC 3339 timestamp, for feeds, sitemaps and JSON-LD. */
    public String rfc3339() {
        return zoned().format(OFFSET_TIME);
    }

    public int year() {
        return date.getYear();
    }

    @Override
    public int compareTo(ContentDate other) {
        return zoned().toInstant().compareTo(other.zoned().toInstant());
    }
}
