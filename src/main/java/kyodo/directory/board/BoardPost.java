package kyodo.directory.board;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.Availability;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A post on the もとむ (request) / ゆずる (offer) board. */
@MappedEntity("dir_post")
public record BoardPost(@Id @GeneratedValue @Nullable Long id,
                        Kind kind,
                        Category category,
                        String title,
                        String body,
                        @Nullable LocalDate neededOn,
                        @Nullable String timeText,
                        int availability,
                        @Nullable String place,
                        @Nullable String schoolDistrict,
                        @Nullable String area,
                        @Nullable String skills,
                        int fieldMask,
                        @Nullable Integer peopleNeeded,
                        @Nullable PropertyKind propertyKind,
                        @Nullable String ownerIntention,
                        long accountId,
                        @Nullable Long groupId,
                        Status status,
                        @Nullable String statusNote,
                        LocalDate expiresOn,
                        LocalDateTime createdAt,
                        @Nullable LocalDateTime approvedAt,
                        @Nullable LocalDateTime closedAt,
                        @Nullable String formKey) {

    public enum Kind { REQUEST, OFFER }

    public enum Category { HELP, ITEM, SKILL, TIME, PROPERTY }

    /** 空き家・空き店舗・農地. */
    public enum PropertyKind { VACANT_HOUSE, SHOP, FARMLAND }

    public enum Status { PENDING, PUBLISHED, REJECTED, CLOSED }

    public List<ActivityField> fields() {
        return ActivityField.fromMask(fieldMask);
    }

    public boolean expired(LocalDate today) {
        return expiresOn.isBefore(today);
    }

    /** Visible to everyone: approved, open and not past its date. */
    public boolean isPublic(LocalDate today) {
        return status == Status.PUBLISHED && !expired(today);
    }

    public boolean available(String code) {
        return Availability.has(availability, code);
    }
}
