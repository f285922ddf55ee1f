package de.kiezpress.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** The meeting a meeting report is about. */
public record Meeting(LocalDate date, Optional<LocalTime> start, Optional<LocalTime> end, Optional<String> location,
                      Optional<String> organiser, List<String> participants, List<String> agenda) {
    public Meeting {
        participants = List.copyOf(participants);
        agenda = List.copyOf(agenda);
    }
}
