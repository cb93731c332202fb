package kyodo.events;

import java.time.LocalDateTime;

/**
 * The one status label a person sees on an event, wherever it is listed or shown: 受付前, 受付中,
 * 満席（キャンセル待ち可）, 受付終了, 中止, 延期 (and 下書き for staff). Decided here only, from the event's
 * status, its registration window (both ends included, as the registration itself checks) and its seats,
 * at the city clock's time.
 */
public enum EventAvailability {
    NOT_YET_OPEN, OPEN, FULL, CLOSED, CANCELLED, POSTPONED, DRAFT;

    public static EventAvailability of(EventStatus status, LocalDateTime opensAt, LocalDateTime closesAt, boolean full,
                                       LocalDateTime now) {
        return switch (status) {
            case DRAFT -> DRAFT;
            case CANCELLED -> CANCELLED;
            case POSTPONED -> POSTPONED;
            case PUBLISHED -> now.isBefore(opensAt) ? NOT_YET_OPEN : now.isAfter(closesAt) ? CLOSED : full ? FULL : OPEN;
        };
    }

    public String labelKey() {
        return "evt.availability." + name();
    }

    /** Cancelled and postponed events are marked as an alert; the others as a plain badge. */
    public boolean alert() {
        return this == CANCELLED || this == POSTPONED;
    }
}
