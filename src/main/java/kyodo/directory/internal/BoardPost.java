package kyodo.directory.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A post on the もとむ (request) / ゆずる (offer) board. */
public record BoardPost(long id, Kind kind, Category category, String title, String body, LocalDate neededOn,
                   String timeText, int availability, String place, String schoolDistrict, String area,
                   String skills, int fieldMask, Integer peopleNeeded, PropertyKind propertyKind,
                   String ownerIntention, long accountId, Long groupId, Status status, String statusNote,
                   LocalDate expiresOn, LocalDateTime createdAt, LocalDateTime approvedAt) {

    public enum Kind { REQUEST, OFFER }

    public enum Category { HELP, ITEM, SKILL, TIME, PROPERTY }

    /** 空き家・空き店舗・農地. */
    public enum PropertyKind { VACANT_HOUSE, SHOP, FARMLAND }

    public enum Status { PENDING, PUBLISHED, REJECTED, CLOSED }

    public List<ActivityField> fields() {
        return ActivityField.fromMask(fieldMask);
    }

    public boolean expired() {
        return expiresOn.isBefore(LocalDate.now());
    }

    /** Visible to everyone: approved, open and not past its date. */
    public boolean isPublic() {
        return status == Status.PUBLISHED && !expired();
    }

    public boolean available(String code) {
        return Availability.has(availability, code);
    }
}
