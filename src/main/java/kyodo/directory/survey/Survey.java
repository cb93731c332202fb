package kyodo.directory.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import kyodo.core.FiscalYear;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A round of the yearly status survey (実態及び意向調査): draft → open → closed. */
@MappedEntity("dir_survey")
public record Survey(@Id @GeneratedValue @Nullable Long id,
                     String title,
                     int fiscalYear,
                     LocalDate opensOn,
                     LocalDate closesOn,
                     @Nullable String intro,
                     Status status,
                     long createdBy,
                     LocalDateTime createdAt,
                     @Nullable LocalDateTime openedAt,
                     @Nullable LocalDateTime closedAt,
                     @Nullable LocalDateTime lastRemindedAt) {

    public enum Status { DRAFT, OPEN, CLOSED }

    /** A question of a round; {@code choices} is empty for free text. */
    public record Question(long id, int number, String text, Kind kind, List<String> choices, boolean required) {

        public enum Kind { TEXT, SINGLE, MULTIPLE }

        public boolean choice() {
            return kind != Kind.TEXT;
        }
    }

    public FiscalYear year() {
        return new FiscalYear(fiscalYear);
    }

    public boolean draft() {
        return status == Status.DRAFT;
    }

    /** Representatives may save and submit answers: the round is open and today is within its dates. */
    public boolean acceptsAnswers(LocalDate today) {
        return status == Status.OPEN && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    public boolean notYetStarted(LocalDate today) {
        return status == Status.OPEN && today.isBefore(opensOn);
    }

    /** Closed by staff or past its closing date: answers are read-only. */
    public boolean over(LocalDate today) {
        return status == Status.CLOSED || (status == Status.OPEN && today.isAfter(closesOn));
    }
}
