package kyodo.directory.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import kyodo.core.FiscalYear;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A round of the yearly status survey (実態及び意向調査): draft → open → closed. Its questions and the groups'
 * answers are kept by the questionnaire engine of the voices module ({@link kyodo.voices.QuestionnaireEngine}).
 */
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

    /** The round's questions and answers in the shared questionnaire engine. */
    public static kyodo.voices.QuestionnaireKey key(long surveyId) {
        return new kyodo.voices.QuestionnaireKey("dir.survey", surveyId);
    }

    public kyodo.voices.QuestionnaireKey key() {
        return key(id);
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
