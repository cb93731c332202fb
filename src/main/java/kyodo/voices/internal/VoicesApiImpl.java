package kyodo.voices.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.FiscalYear;
import kyodo.voices.VoicesApi;
import kyodo.voices.YearFigures;

@Singleton
class VoicesApiImpl implements VoicesApi {

    private final Figures.Repository figures;
    private final CityClock clock;

    VoicesApiImpl(Figures.Repository figures, CityClock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    @Transactional
    public YearFigures figures(FiscalYear year) {
        Figures.Row r = figures.year(year.firstDay(), year.lastDay(), year.firstDay().atStartOfDay(),
                year.next().firstDay().atStartOfDay(), clock.today());
        return new YearFigures(year, r.publicComments(), r.publicCommentOpinions(), r.publicCommentSubmitters(), r.letters(),
                r.lettersReplied(), r.lettersRepliedInTarget(), r.lettersOverdue(),
                r.averageDays() == null ? null : r.averageDays().setScale(1, java.math.RoundingMode.HALF_UP),
                r.lettersPublished(), r.townMeetings(), r.townMeetingOpinions(), r.councils(), r.councilsWithCitizenMembers(),
                r.citizenMembers(), r.questionnaires(), r.questionnaireAnswers());
    }
}
