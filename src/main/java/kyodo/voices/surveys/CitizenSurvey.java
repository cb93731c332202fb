package kyodo.voices.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import kyodo.core.FiscalYear;
import kyodo.voices.QuestionnaireKey;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A citizen questionnaire (市民アンケート, e.g. 幸福度調査): a draft while its questions are written, then open for
 * its period to its respondents, then closed; its results may be published. The questions and answers are in
 * the questionnaire engine under {@link #key()}.
 */
@MappedEntity("voi_survey")
public record CitizenSurvey(@Id @GeneratedValue @Nullable Long id, String title, @Nullable String intro, long departmentId,
                            LocalDate opensOn, LocalDate closesOn, Respondents respondents, Status status,
                            boolean resultsPublic, long createdBy, LocalDateTime createdAt, @Nullable LocalDateTime openedAt,
                            @Nullable LocalDateTime closedAt) {

    public enum Status { DRAFT, OPEN, CLOSED }

    /**
     * Who answers, once each: anyone (no sign-in; one answer per browser, and per account when signed in), people
     * signed in (one per account), or a random sample sent an answer code by letter (one per code). Answers are never
     * linked to the person: who answered is kept apart from what they answered.
     */
    public enum Respondents { OPEN, SIGNED_IN, SAMPLE;

        public String labelKey() {
            return "voi.survey.respondents." + name();
        }
    }

    public static final String OWNER = "voi.survey";

    public static QuestionnaireKey key(long id) {
        return new QuestionnaireKey(OWNER, id);
    }

    public QuestionnaireKey key() {
        return key(id);
    }

    public boolean draft() {
        return status == Status.DRAFT;
    }

    public boolean accepts(LocalDate today) {
        return status == Status.OPEN && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    public boolean over(LocalDate today) {
        return status == Status.CLOSED || (status == Status.OPEN && today.isAfter(closesOn));
    }

    /** The fiscal year it counts in: that of its closing day. */
    public FiscalYear year() {
        return FiscalYear.of(closesOn);
    }

    /** Results are shown to everyone once the questionnaire is over and staff published them. */
    public boolean resultsShown(LocalDate today) {
        return resultsPublic && over(today);
    }

    public String statusKey(LocalDate today) {
        return status == Status.OPEN && today.isBefore(opensOn) ? "voi.survey.status.SOON"
                : over(today) ? "voi.survey.status.CLOSED" : "voi.survey.status." + status.name();
    }
}
