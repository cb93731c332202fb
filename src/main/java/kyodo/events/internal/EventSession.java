package kyodo.events.internal;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

@MappedEntity("evt_session")
public record EventSession(@Id @GeneratedValue Long id, long eventId, int seq, LocalDate day,
                           LocalTime startTime, LocalTime endTime) {

    public LocalDateTime start() {
        return day.atTime(startTime);
    }

    public LocalDateTime end() {
        return day.atTime(endTime);
    }

    public int minutes() {
        return (int) Duration.between(startTime, endTime).toMinutes();
    }
}
