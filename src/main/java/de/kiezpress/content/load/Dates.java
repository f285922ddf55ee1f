package de.kiezpress.content.load;

import de.kiezpress.content.ContentDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date forms front matter allows: {@code YYYY-MM-DD} or an ISO date-time. */
final class Dates {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern GERMAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?:\\s*Uhr)?");
    private static final Pattern TIME_RANGE = Pattern.compile(
            "(\\d{1,2}:\\d{2})(?:\\s*Uhr)?(?:\\s*(?:-|–|bis)\\s*(\\d{1,2}:\\d{2})(?:\\s*Uhr)?)?");

    /** A start and optional end time of day. */
    record TimeRange(LocalTime start, Optional<LocalTime> end) {
    }

    private Dates() {
    }

    static Optional<ContentDate> parse(String text, ZoneId zone) {
        String value = text.strip();
        try {
            if (DATE.matcher(value).matches()) {
                return Optional.of(ContentDate.of(LocalDate.parse(value), zone));
            }
            String iso = value.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T");
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                OffsetDateTime offset = OffsetDateTime.parse(iso.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"));
                LocalDateTime local = offset.atZoneSameInstant(zone).toLocalDateTime();
                return Optional.of(new ContentDate(local.toLocalDate(), Optional.of(local.toLocalTime()), zone));
            }
            LocalDateTime local = LocalDateTime.parse(iso);
            return Optional.of(new ContentDate(local.toLocalDate(), Optional.of(local.toLocalTime()), zone));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A hint for dates written the German way ("14.06.2022" → "2022-06-14"). */
    static String hintFor(String text) {
        Matcher german = GERMAN_DATE.matcher(text.strip());
        if (german.matches()) {
            return String.format("write %s-%02d-%02d", german.group(3), Integer.parseInt(german.group(2)),
                    Integer.parseInt(german.group(1)));
        }
        return "e.g. 2022-06-14 or 2022-06-14T10:00";
    }

    static Optional<TimeRange> parseTimeRange(String text) {
        Matcher range = TIME_RANGE.matcher(text.strip());
        if (!range.matches()) {
            return Optional.empty();
        }
        Optional<LocalTime> start = parseTime(range.group(1));
        Optional<LocalTime> end = range.group(2) == null ? Optional.empty() : parseTime(range.group(2));
        if (start.isEmpty() || range.group(2) != null && end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TimeRange(start.get(), end));
    }

    private static Optional<LocalTime> parseTime(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
