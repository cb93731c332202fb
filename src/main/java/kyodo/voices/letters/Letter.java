package kyodo.voices.letters;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import kyodo.voices.internal.Receipts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * An opinion to the city or a letter to the mayor: received → routed to a department → reply drafted → approved
 * by the department's supervisor (and sent). The name and contact are personal data; what is published is a
 * summary written by staff without them, and only where the sender agreed.
 */
@MappedEntity("voi_letter")
public record Letter(@Id @GeneratedValue @Nullable Long id, String receiptToken, Channel channel, @Nullable Long eventId,
                     String addressedTo, String topic, String title, String body, boolean replyWanted,
                     @Nullable String name, @Nullable String email, @Nullable String phone, @Nullable String address,
                     boolean publishConsent, @Nullable Long accountId, String fingerprint, LocalDateTime receivedAt,
                     LocalDate dueOn, @Nullable Long recordedBy, Status status, @Nullable Long departmentId,
                     @Nullable Long routedBy, @Nullable LocalDateTime routedAt, @Nullable String reply,
                     @Nullable Long draftedBy, @Nullable LocalDateTime draftedAt, @Nullable String returnNote,
                     @Nullable Long approvedBy, @Nullable LocalDateTime approvedAt, @Nullable LocalDate repliedOn,
                     @Nullable String replyMethod, @Nullable String publicTitle, @Nullable String publicSummary,
                     @Nullable String publicReply, @Nullable Long publishedBy, @Nullable LocalDateTime publishedAt) {

    public enum Channel { WEB, TOWN_MEETING, PAPER }

    public enum Status { RECEIVED, ROUTED, DRAFTED, APPROVED }

    /** The subjects people write about (the city's categories for opinions). */
    public static final java.util.List<String> TOPICS = java.util.List.of("ADMINISTRATION", "TOWN_PLANNING", "WELFARE",
            "CHILDREN", "ENVIRONMENT", "ROADS", "SAFETY", "CULTURE", "OTHER");

    /** The days within which the city aims to reply. */
    public static final int TARGET_DAYS = 10;

    public String receiptNo() {
        return Receipts.number("L", receivedAt, id);
    }

    public LocalDate receivedOn() {
        return receivedAt.toLocalDate();
    }

    public boolean replied() {
        return status == Status.APPROVED;
    }

    /** Days from receipt to the approved reply (null while open). */
    public Long daysToReply() {
        return repliedOn == null ? null : ChronoUnit.DAYS.between(receivedOn(), repliedOn);
    }

    /** Past the target: still open after the due day, or replied after it. */
    public boolean overdue(LocalDate today) {
        return repliedOn == null ? today.isAfter(dueOn) : repliedOn.isAfter(dueOn);
    }

    public boolean published() {
        return publishedAt != null;
    }

    public String statusKey() {
        return "voi.letter.status." + status.name();
    }

    public String topicKey() {
        return "voi.letter.topic." + topic;
    }

    public String addressedKey() {
        return "voi.letter.to." + addressedTo;
    }
}
