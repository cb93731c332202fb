package kyodo.voices.internal;

import jakarta.inject.Singleton;
import kyodo.core.FiscalYear;
import kyodo.core.Indicators;
import kyodo.voices.VoicesApi;
import kyodo.voices.YearFigures;
import kyodo.voices.surveys.SurveyResults;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The figures the plan's KPIs can take from citizen participation (each code is also its label's message key). {@code voi.share} is the share (percent) of a
 * questionnaire question's answers given one way; its parameter names the question by its figure code and the
 * options by number: {@code participation:1} (the first choice), {@code participation:1,2}, {@code happiness:7-10}
 * (a 0–10 scale) — e.g. 「地域の活動に参加している市民の割合」 from the questionnaires closing in the year.
 */
@Singleton
class VoicesIndicators implements Indicators {

    private final VoicesApi voices;
    private final SurveyResults surveys;

    VoicesIndicators(VoicesApi voices, SurveyResults surveys) {
        this.voices = voices;
        this.surveys = surveys;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                new Indicator("voi.share", "voi.share", "voi.unit.percent", true),
                new Indicator("voi.publicComments", "voi.publicComments", "voi.unit.cases", false),
                new Indicator("voi.publicCommentOpinions", "voi.publicCommentOpinions", "voi.unit.cases", false),
                new Indicator("voi.letters", "voi.letters", "voi.unit.cases", false),
                new Indicator("voi.townMeetings", "voi.townMeetings", "voi.unit.times", false),
                new Indicator("voi.councilsWithCitizenMembers", "voi.councilsWithCitizenMembers", "voi.unit.bodies", false),
                new Indicator("voi.citizenMembers", "voi.citizenMembers", "voi.unit.people", false));
    }

    @Override
    public Optional<BigDecimal> value(String code, String parameter, FiscalYear year) {
        if ("voi.share".equals(code)) {
            if (parameter == null || !parameter.matches("[A-Za-z][A-Za-z0-9_-]{0,39}:[0-9,+\\- ]+")) {
                return Optional.empty();
            }
            String[] parts = parameter.split(":", 2);
            return surveys.share(parts[0], parts[1], year);
        }
        YearFigures f = voices.figures(year);
        Long value = switch (code) {
            case "voi.publicComments" -> f.publicComments();
            case "voi.publicCommentOpinions" -> f.publicCommentOpinions();
            case "voi.letters" -> f.letters();
            case "voi.townMeetings" -> f.townMeetings();
            case "voi.councilsWithCitizenMembers" -> f.councilsWithCitizenMembers();
            case "voi.citizenMembers" -> f.citizenMembers();
            default -> null;
        };
        return value == null ? Optional.empty() : Optional.of(BigDecimal.valueOf(value));
    }
}
