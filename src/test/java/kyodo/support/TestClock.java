package kyodo.support;

import kyodo.core.CityClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A city clock a test sets and moves (a past fiscal year, a deadline just passed). Until it is
 * set it follows the real time. Register it with {@code @MockBean(CityClock.class)}.
 */
public class TestClock extends CityClock {

    private volatile Instant fixed;

    public TestClock() {
        super("Asia/Tokyo");
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    /** Sets the city's local time. */
    public void set(LocalDateTime cityTime) {
        fixed = cityTime.atZone(zone()).toInstant();
    }

    public void set(int year, int month, int day) {
        set(LocalDateTime.of(year, month, day, 10, 0));
    }

    public void advance(Duration duration) {
        fixed = instant().plus(duration);
    }

    /** Back to the real time. */
    public void reset() {
        fixed = null;
    }
}
