package kyodo.voices.web;

import jakarta.inject.Singleton;
import kyodo.core.HomeSection;
import kyodo.voices.comments.DraftService;
import kyodo.voices.councils.CouncilService;
import kyodo.voices.surveys.SurveySetup;

import java.util.Locale;

/** 「ご意見を募集しています」 on the home page: drafts open for comment, questionnaires open now, calls for council members. */
@Singleton
class VoicesHomeSection implements HomeSection {

    /** The same for everyone (so kept between data changes), and left out while nothing is open (no empty state). */
    static final Slot VOICES = new Slot("VOICES", 45, "voi.home.heading", null, false);

    /** What is open now. */
    public record Open(java.util.List<kyodo.voices.comments.Draft> drafts, java.util.List<kyodo.voices.surveys.CitizenSurvey> surveys,
                       java.util.List<kyodo.voices.councils.Recruitment> calls) {
    }

    private final DraftService drafts;
    private final SurveySetup surveys;
    private final CouncilService councils;
    private final kyodo.core.CityClock clock;

    VoicesHomeSection(DraftService drafts, SurveySetup surveys, CouncilService councils, kyodo.core.CityClock clock) {
        this.drafts = drafts;
        this.surveys = surveys;
        this.councils = councils;
        this.clock = clock;
    }

    @Override
    public Slot slot() {
        return VOICES;
    }

    @Override
    public String template() {
        return "voices/home";
    }

    @Override
    public Object data(Locale locale) {
        var today = clock.today();
        Open open = new Open(drafts.openToday(), surveys.visible().stream().filter(s -> s.accepts(today)).toList(),
                councils.currentCalls().stream().filter(r -> r.open(today)).toList());
        return open.drafts().isEmpty() && open.surveys().isEmpty() && open.calls().isEmpty() ? null : open;
    }
}
