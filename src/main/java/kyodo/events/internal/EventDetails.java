package kyodo.events.internal;

import kyodo.events.EventAvailability;

import java.time.LocalDateTime;
import java.util.List;

/** An event with its sessions and how many seats are taken, as the pages show it. */
public record EventDetails(Event event, List<EventSession> sessions, int seatsTaken, int waitlist) {

    public int seatsLeft() {
        return Math.max(0, event.capacity() - seatsTaken);
    }

    public boolean full() {
        return seatsLeft() == 0;
    }

    public EventSession firstSession() {
        return sessions.isEmpty() ? null : sessions.get(0);
    }

    public boolean open(LocalDateTime now) {
        return event.registrationOpen(now);
    }

    public boolean notYetOpen(LocalDateTime now) {
        return now.isBefore(event.registrationOpensAt());
    }

    /** The status label the pages show (受付前, 受付中, 満席, 受付終了, 中止, 延期). */
    public EventAvailability availability(LocalDateTime now) {
        return EventAvailability.of(event.statusValue(), event.registrationOpensAt(), event.registrationClosesAt(), full(), now);
    }

    public boolean ended(LocalDateTime now) {
        return !sessions.isEmpty() && now.isAfter(sessions.get(sessions.size() - 1).end());
    }
}
