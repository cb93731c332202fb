package kyodo.directory.survey;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Viewer;
import kyodo.directory.groups.GroupInput;
import kyodo.directory.groups.GroupService;

/**
 * Step 1 of answering: the representative confirms or corrects the group's data, through the same
 * checks as the group's edit page, which marks the data as confirmed for this round.
 */
@Singleton
public class SurveyDataStep {

    private final SurveyAnswers answers;
    private final SurveyResponseRepository responses;
    private final GroupService groups;
    private final CityClock clock;

    SurveyDataStep(SurveyAnswers answers, SurveyResponseRepository responses, GroupService groups, CityClock clock) {
        this.answers = answers;
        this.responses = responses;
        this.groups = groups;
        this.clock = clock;
    }

    @Transactional
    public void confirmData(Viewer actor, long surveyId, long groupId, GroupInput input) {
        SurveyAnswers.Response response = answers.lockResponse(actor, surveyId, groupId);
        if (response.submitted()) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.survey.alreadySubmitted");
        }
        groups.update(actor, groupId, input);
        responses.dataConfirmed(response.id(), actor.accountId(), clock.now());
    }
}
