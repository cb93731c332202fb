package kyodo.support.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A ちい寄附 campaign (第1回 8–9月…) of a fiscal year, and the subsidy program year its donations fund. */
@MappedEntity("sup_campaign")
public record Campaign(@Id @GeneratedValue @Nullable Long id, int fiscalYear, int number, LocalDate startsOn, LocalDate endsOn,
                       int fundsFiscalYear, long createdBy, LocalDateTime createdAt) {
}
