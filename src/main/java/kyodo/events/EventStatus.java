package kyodo.events;

/** DRAFT is seen by staff only; POSTPONED (延期) and CANCELLED (中止) stay visible with a notice. */
public enum EventStatus {
    DRAFT, PUBLISHED, POSTPONED, CANCELLED;

    public String labelKey() {
        return "evt.status." + name();
    }
}
