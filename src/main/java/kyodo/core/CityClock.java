package kyodo.core;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * "Now" in the city's time zone (Asia/Tokyo unless {@code kyodo.time-zone} says otherwise),
 * whatever zone the server runs in. Every deadline, date and timestamp the portal writes or
 * checks comes from here; tests replace it with a clock they set.
 */
@Singleton
public class CityClock {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final ZoneId zone;

    public CityClock(@Value("${kyodo.time-zone:Asia/Tokyo}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** A {@link Clock} in the city's zone, for libraries that take one. */
    public Clock clock() {
        return Clock.fixed(instant(), zone);
    }

    public Instant instant() {
        return Instant.now();
    }

    public LocalDateTime now() {
        return LocalDateTime.ofInstant(instant(), zone);
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.of(today());
    }

    /** A city time with its offset, for machine-readable output (2026-12-01T10:00:00+09:00). */
    public OffsetDateTime withOffset(LocalDateTime cityTime) {
        return cityTime.atZone(zone).toOffsetDateTime();
    }
}
