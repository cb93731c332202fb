package kyodo.plan.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A reporting round: the departments report on their items for one fiscal year of a plan. */
@MappedEntity("pln_round")
public record Round(@Id @GeneratedValue @Nullable Long id, long planId, int fiscalYear, LocalDate dueOn, String status,
                    long openedBy, LocalDateTime openedAt, @Nullable LocalDateTime closedAt) {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    public boolean open() {
        return OPEN.equals(status);
    }
}
