package kyodo.events.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import kyodo.events.EventCategory;
import kyodo.events.EventStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

@MappedEntity("evt_event")
public record Event(@Id @GeneratedValue Long id,
                    String title,
                    @Nullable String titleKana,
                    @Nullable String description,
                    String category,
                    @Nullable String organizer,
                    @Nullable String lecturer,
                    @Nullable String targetAudience,
                    @Nullable Integer fee,
                    @Nullable String feeNote,
                    @Nullable String contact,
                    @Nullable String contactPhone,
                    @Nullable String accessibility,
                    @Nullable String venueName,
                    @Nullable String venueAddress,
                    @Nullable String venueAccess,
                    @Nullable String venueParking,
                    @Nullable BigDecimal venueLatitude,
                    @Nullable BigDecimal venueLongitude,
                    boolean online,
                    @Nullable String onlineUrl,
                    int capacity,
                    LocalDateTime registrationOpensAt,
                    LocalDateTime registrationClosesAt,
                    int maxCompanions,
                    @Nullable String questions,
                    @Nullable Integer completionMin,
                    String status,
                    @Nullable String statusNote,
                    @Nullable LocalDate firstDate,
                    @Nullable LocalDate lastDate,
                    long createdBy,
                    LocalDateTime createdAt,
                    LocalDateTime updatedAt) {

    public EventCategory categoryValue() {
        return EventCategory.parse(category);
    }

    public EventStatus statusValue() {
        return EventStatus.valueOf(status);
    }

    public boolean inPerson() {
        return venueName != null && !venueName.isBlank();
    }

    /** The venue on the GSI map (地理院地図), or null when its coordinates are not set. */
    public String gsiMapUrl() {
        return kyodo.core.GsiMap.url(venueLatitude, venueLongitude);
    }

    public boolean course() {
        return completionMin != null;
    }

    public boolean free() {
        return fee == null || fee == 0;
    }

    public List<Question> questionList() {
        return Question.parseAll(questions);
    }

    /** Open for registration at this moment (published and within the window). */
    public boolean registrationOpen(LocalDateTime now) {
        return EventStatus.PUBLISHED.name().equals(status) && !now.isBefore(registrationOpensAt)
                && !now.isAfter(registrationClosesAt);
    }
}
