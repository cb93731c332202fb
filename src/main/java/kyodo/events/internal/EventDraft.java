package kyodo.events.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** An event form's values once checked. */
record EventDraft(String title, String titleKana, String description, String category, String organizer,
                  String lecturer, String targetAudience, Integer fee, String feeNote, String contact,
                  String contactPhone, String accessibility, String venueName, String venueAddress, String venueAccess,
                  String venueParking, BigDecimal venueLatitude, BigDecimal venueLongitude, boolean online, String onlineUrl, int capacity, LocalDateTime opensAt,
                  LocalDateTime closesAt, int maxCompanions, String questions, Integer completionMin,
                  List<SessionTime> sessions) {

    record SessionTime(LocalDate day, LocalTime start, LocalTime end) {
    }

    Event toEvent(Long id, String status, String statusNote, long createdBy, LocalDateTime createdAt, LocalDateTime now) {
        return new Event(id, title, titleKana, description, category, organizer, lecturer, targetAudience, fee, feeNote,
                contact, contactPhone, accessibility, venueName, venueAddress, venueAccess, venueParking, venueLatitude, venueLongitude, online, onlineUrl,
                capacity, opensAt, closesAt, maxCompanions, questions, completionMin, status, statusNote,
                sessions.get(0).day(), sessions.get(sessions.size() - 1).day(), createdBy, createdAt, now);
    }
}
