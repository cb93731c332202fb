package kyodo.support.letters;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import kyodo.core.FiscalYear;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A fiscal year's nomination round for the appreciation letters (感謝状): its period and the ceremony. */
@MappedEntity("sup_letter_round")
public record LetterRound(@Id @GeneratedValue @Nullable Long id, int fiscalYear, LocalDate opensOn, LocalDate closesOn,
                          @Nullable LocalDate ceremonyOn, @Nullable String ceremonyPlace, int nextNumber, long createdBy,
                          LocalDateTime createdAt) {

    public FiscalYear year() {
        return new FiscalYear(fiscalYear);
    }

    public boolean openOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public boolean closedOn(LocalDate day) {
        return day.isAfter(closesOn);
    }
}
