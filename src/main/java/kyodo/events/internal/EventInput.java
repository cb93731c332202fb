package kyodo.events.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;
import kyodo.core.GsiMap;
import kyodo.core.Kana;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * The staff event form as the browser posts it: every value a string, so what was typed can be
 * shown again. The constraints check each field; {@link EventRules} checks how they fit together
 * and turns the form into an {@link EventDraft}.
 */
@Introspected
@Serdeable
public record EventInput(
        @NotBlank @Size(max = 200) @Nullable String eventTitle,
        @Size(max = 200) @Pattern(regexp = Kana.PATTERN, message = "{core.error.kana}") @Nullable String eventTitleKana,
        @Size(max = 5000) @Nullable String eventDescription,
        @NotBlank @Nullable String eventCategory,
        @Size(max = 200) @Nullable String eventOrganizer,
        @Size(max = 300) @Nullable String eventLecturer,
        @Size(max = 300) @Nullable String eventAudience,
        @Pattern(regexp = "\\d{1,7}", message = "{core.error.number}") @Nullable String eventFee,
        @Size(max = 300) @Nullable String eventFeeNote,
        @Size(max = 300) @Nullable String eventContact,
        @Size(max = 30) @Pattern(regexp = "[0-9()\\-+ ]{6,20}", message = "{evt.error.phone}") @Nullable String eventPhone,
        @Size(max = 1000) @Nullable String eventAccessibility,
        @Size(max = 200) @Nullable String eventVenueName,
        @Size(max = 300) @Nullable String eventVenueAddress,
        @Size(max = 500) @Nullable String eventVenueAccess,
        @Size(max = 300) @Nullable String eventParking,
        @Pattern(regexp = GsiMap.COORDINATE, message = "{evt.error.coordinate}") @Nullable String eventLatitude,
        @Pattern(regexp = GsiMap.COORDINATE, message = "{evt.error.coordinate}") @Nullable String eventLongitude,
        @Nullable String eventOnline,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{evt.error.url}") @Nullable String eventOnlineUrl,
        @NotBlank @Pattern(regexp = "\\d{1,6}", message = "{core.error.number}") @Nullable String eventCapacity,
        @NotBlank @Pattern(regexp = EventRules.DATE_TIME, message = "{evt.error.dateTime}") @Nullable String eventOpensAt,
        @NotBlank @Pattern(regexp = EventRules.DATE_TIME, message = "{evt.error.dateTime}") @Nullable String eventClosesAt,
        @Pattern(regexp = "\\d{1,2}", message = "{core.error.number}") @Nullable String eventMaxCompanions,
        @Size(max = 2000) @Nullable String eventQuestions,
        @Pattern(regexp = "\\d{1,2}", message = "{core.error.number}") @Nullable String eventCompletionMin,
        @NotBlank(message = "{evt.error.sessionsRequired}") @Size(max = 3000) @Nullable String eventSessions) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Tidies what was typed: spaces around, full-width digits, 1,000円 in the fee. */
    public EventInput {
        eventTitle = FormText.clean(eventTitle);
        eventTitleKana = FormText.clean(eventTitleKana);
        eventDescription = FormText.clean(eventDescription);
        eventCategory = FormText.clean(eventCategory);
        eventOrganizer = FormText.clean(eventOrganizer);
        eventLecturer = FormText.clean(eventLecturer);
        eventAudience = FormText.clean(eventAudience);
        eventFee = FormText.number(eventFee);
        eventFeeNote = FormText.clean(eventFeeNote);
        eventContact = FormText.clean(eventContact);
        eventPhone = FormText.ascii(eventPhone);
        eventAccessibility = FormText.clean(eventAccessibility);
        eventVenueName = FormText.clean(eventVenueName);
        eventVenueAddress = FormText.clean(eventVenueAddress);
        eventVenueAccess = FormText.clean(eventVenueAccess);
        eventParking = FormText.clean(eventParking);
        eventLatitude = FormText.ascii(eventLatitude);
        eventLongitude = FormText.ascii(eventLongitude);
        eventOnlineUrl = FormText.clean(eventOnlineUrl);
        eventCapacity = FormText.number(eventCapacity);
        eventOpensAt = FormText.ascii(eventOpensAt);
        eventClosesAt = FormText.ascii(eventClosesAt);
        eventMaxCompanions = FormText.number(eventMaxCompanions);
        eventQuestions = FormText.clean(eventQuestions);
        eventCompletionMin = FormText.number(eventCompletionMin);
        eventSessions = FormText.ascii(eventSessions);
    }

    public static EventInput empty() {
        return new EventInput("", "", "", "KOZA", "", "", "", "0", "", "", "", "", "", "", "", "", "", "", "", "", "20",
                "", "", "0", "", "", "");
    }

    /** The form filled with a saved event, for editing. */
    public static EventInput of(Event e, java.util.List<EventSession> sessions) {
        return new EventInput(e.title(), e.titleKana(), e.description(), e.category(), e.organizer(),
                e.lecturer(), e.targetAudience(), e.fee() == null ? "0" : e.fee().toString(), e.feeNote(),
                e.contact(), e.contactPhone(), e.accessibility(), e.venueName(), e.venueAddress(),
                e.venueAccess(), e.venueParking(), coordinate(e.venueLatitude()), coordinate(e.venueLongitude()), e.online() ? "true" : "", e.onlineUrl(),
                Integer.toString(e.capacity()), LOCAL.format(e.registrationOpensAt()), LOCAL.format(e.registrationClosesAt()),
                Integer.toString(e.maxCompanions()), e.questions(),
                e.completionMin() == null ? "" : e.completionMin().toString(),
                sessions.stream().map(s -> DAY.format(s.day()) + " " + TIME.format(s.startTime()) + "-" + TIME.format(s.endTime()))
                        .collect(Collectors.joining("\n")));
    }

    private static String coordinate(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public boolean onlineChecked() {
        return eventOnline != null && !eventOnline.isBlank();
    }
}
