package kyodo.events.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * The staff event form as the browser posts it (every value a string, so what was typed can be
 * shown again). {@link EventInputParser} turns it into checked values.
 */
@Introspected
@Serdeable
public record EventInput(@Nullable String eventTitle, @Nullable String eventTitleKana, @Nullable String eventDescription,
                         @Nullable String eventCategory, @Nullable String eventOrganizer, @Nullable String eventLecturer,
                         @Nullable String eventAudience, @Nullable String eventFee, @Nullable String eventFeeNote,
                         @Nullable String eventContact, @Nullable String eventPhone, @Nullable String eventAccessibility,
                         @Nullable String eventVenueName, @Nullable String eventVenueAddress, @Nullable String eventVenueAccess,
                         @Nullable String eventParking, @Nullable String eventOnline, @Nullable String eventOnlineUrl,
                         @Nullable String eventCapacity, @Nullable String eventOpensAt, @Nullable String eventClosesAt,
                         @Nullable String eventMaxCompanions, @Nullable String eventQuestions,
                         @Nullable String eventCompletionMin, @Nullable String eventSessions) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public static EventInput empty() {
        return new EventInput("", "", "", "KOZA", "", "", "", "0", "", "", "", "", "", "", "", "", "", "", "20",
                "", "", "0", "", "", "");
    }

    /** The form filled with a saved event, for editing. */
    public static EventInput of(Event e, java.util.List<EventSession> sessions) {
        return new EventInput(e.title(), n(e.titleKana()), n(e.description()), e.category(), n(e.organizer()),
                n(e.lecturer()), n(e.targetAudience()), e.fee() == null ? "0" : e.fee().toString(), n(e.feeNote()),
                n(e.contact()), n(e.contactPhone()), n(e.accessibility()), n(e.venueName()), n(e.venueAddress()),
                n(e.venueAccess()), n(e.venueParking()), e.online() ? "true" : "", n(e.onlineUrl()),
                Integer.toString(e.capacity()), LOCAL.format(e.registrationOpensAt()), LOCAL.format(e.registrationClosesAt()),
                Integer.toString(e.maxCompanions()), n(e.questions()),
                e.completionMin() == null ? "" : e.completionMin().toString(),
                sessions.stream().map(s -> DAY.format(s.day()) + " " + TIME.format(s.startTime()) + "-" + TIME.format(s.endTime()))
                        .collect(Collectors.joining("\n")));
    }

    private static String n(String value) {
        return value == null ? "" : value;
    }

    public boolean onlineChecked() {
        return eventOnline != null && !eventOnline.isBlank();
    }
}
