package kyodo.subsidies;

import java.time.LocalDateTime;

/**
 * Where an application window (募集期) stands: 募集前, 募集中 or 締切. Decided here only, by the city clock's
 * time; both ends of the window belong to it (an application sent at the closing minute is accepted).
 */
public enum WindowPhase {
    BEFORE, OPEN, CLOSED;

    public static WindowPhase of(LocalDateTime opensAt, LocalDateTime closesAt, LocalDateTime now) {
        return now.isBefore(opensAt) ? BEFORE : now.isAfter(closesAt) ? CLOSED : OPEN;
    }

    public String labelKey() {
        return "sub.windowPhase." + name();
    }
}
