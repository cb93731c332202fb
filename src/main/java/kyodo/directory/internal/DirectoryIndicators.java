package kyodo.directory.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.FiscalYear;
import kyodo.core.Indicators;
import kyodo.directory.groups.GroupRepository;
import kyodo.directory.matching.MatchRepository;
import kyodo.directory.survey.SurveyShares;
import kyodo.directory.volunteers.VolunteerRepository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Figures of the directory for the plan's KPIs: registered groups and まちづくりサポーター at the end of a
 * fiscal year, matches done and volunteers matched in it, and the share (%) of groups answering a question
 * of the year's status survey (実態及び意向調査) with a choice — parameter 「question text|choice」.
 */
@Singleton
class DirectoryIndicators implements Indicators {

    private final GroupRepository groups;
    private final VolunteerRepository volunteers;
    private final MatchRepository matches;
    private final SurveyShares survey;

    DirectoryIndicators(GroupRepository groups, VolunteerRepository volunteers, MatchRepository matches,
                        SurveyShares survey) {
        this.groups = groups;
        this.volunteers = volunteers;
        this.matches = matches;
        this.survey = survey;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(new Indicator("directory.groups", "pln.indicator.dir.groups", "pln.unit.groups", false),
                new Indicator("directory.supporters", "pln.indicator.dir.supporters", "pln.unit.people", false),
                new Indicator("directory.matchesDone", "pln.indicator.dir.matchesDone", "pln.unit.cases", false),
                new Indicator("directory.matchedVolunteers", "pln.indicator.dir.matchedVolunteers", "pln.unit.people", false),
                new Indicator("directory.surveyShare", "pln.indicator.dir.surveyShare", "pln.unit.percent", true));
    }

    @Override
    @Transactional
    public Optional<BigDecimal> value(String code, String parameter, FiscalYear year) {
        return switch (code) {
            case "directory.groups" -> Optional.of(BigDecimal.valueOf(groups.countApprovedBefore(year.next().firstDay().atStartOfDay())));
            case "directory.supporters" -> Optional.of(BigDecimal.valueOf(volunteers.countSupportersUntil(year.lastDay())));
            case "directory.matchesDone" -> Optional.of(BigDecimal.valueOf(matches.countDone(year.firstDay(), year.lastDay())));
            case "directory.matchedVolunteers" ->
                    Optional.of(BigDecimal.valueOf(matches.countMatchedVolunteers(year.firstDay(), year.lastDay())));
            case "directory.surveyShare" -> share(parameter, year);
            default -> Optional.empty();
        };
    }

    private Optional<BigDecimal> share(String parameter, FiscalYear year) {
        int bar = parameter == null ? -1 : parameter.lastIndexOf('|');
        if (bar <= 0 || bar == parameter.length() - 1) {
            return Optional.empty();
        }
        String question = parameter.substring(0, bar).strip();
        String choice = parameter.substring(bar + 1).strip();
        // The survey's answers are in the questionnaire engine (the voices module's), counted there.
        return survey.share(year.startYear(), question, choice);
    }
}
