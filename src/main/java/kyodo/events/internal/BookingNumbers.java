package kyodo.events.internal;

/**
 * 受付番号: {@code E<event id>-<place in the event's queue, four digits or more>}, e.g. {@code E12-0042}. Short
 * enough to read out on the phone, digits and one letter only (nothing to confuse), and unique because the
 * queue position is unique within the event (given under the event's row lock, never reused).
 */
final class BookingNumbers {

    private BookingNumbers() {
    }

    static String of(long eventId, long position) {
        if (eventId <= 0 || position <= 0) {
            throw new IllegalArgumentException("event " + eventId + ", position " + position);
        }
        return "E" + eventId + "-" + String.format("%04d", position);
    }
}
