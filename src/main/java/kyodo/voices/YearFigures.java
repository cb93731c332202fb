package kyodo.voices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import kyodo.core.FiscalYear;

import java.math.BigDecimal;

/**
 * A fiscal year of 市政への参画 in numbers. Public comments count the drafts whose period ended in the year and
 * their opinions; opinions to the city count those received in the year (days to reply over those answered);
 * citizen members count the members whose term overlaps the year (延べ人数), on the councils they sit on.
 */
@Serdeable
public record YearFigures(FiscalYear year, long publicComments, long publicCommentOpinions, long publicCommentSubmitters,
                          long letters, long lettersReplied, long lettersRepliedInTarget, long lettersOverdue,
                          @Nullable BigDecimal averageDaysToReply, long lettersPublished, long townMeetings,
                          long townMeetingOpinions, long councils, long councilsWithCitizenMembers, long citizenMembers,
                          long questionnaires, long questionnaireAnswers) {
}
