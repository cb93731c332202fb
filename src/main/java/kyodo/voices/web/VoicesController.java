package kyodo.voices.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.CityClock;
import kyodo.core.FiscalYear;
import kyodo.core.Pages;
import kyodo.voices.VoicesApi;
import kyodo.voices.comments.DraftService;
import kyodo.voices.councils.CouncilService;
import kyodo.voices.surveys.SurveySetup;

import java.util.HashMap;
import java.util.Map;

/** 市政への参画: what citizens can take part in now, and each fiscal year in numbers. */
@Produces(MediaType.TEXT_HTML)
@Controller("/voices")
@Secured(SecurityRule.IS_ANONYMOUS)
class VoicesController {

    private final DraftService drafts;
    private final SurveySetup surveys;
    private final CouncilService councils;
    private final VoicesApi voices;
    private final CityClock clock;

    VoicesController(DraftService drafts, SurveySetup surveys, CouncilService councils, VoicesApi voices, CityClock clock) {
        this.drafts = drafts;
        this.surveys = surveys;
        this.councils = councils;
        this.voices = voices;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> index() {
        var today = clock.today();
        Map<String, Object> model = new HashMap<>();
        model.put("drafts", drafts.openToday());
        model.put("surveys", surveys.visible().stream().filter(s -> s.accepts(today)).toList());
        model.put("calls", councils.currentCalls());
        model.put("today", today);
        model.put("lastYear", clock.fiscalYear().previous().startYear());
        return Pages.page("voices/index", model);
    }

    @Get("/figures")
    HttpResponse<?> figures(@Nullable @QueryValue Integer fy) {
        FiscalYear year = fy == null || fy < 2000 || fy > clock.fiscalYear().startYear() + 1 ? clock.fiscalYear() : new FiscalYear(fy);
        return Pages.page("voices/figures", Map.of("f", voices.figures(year), "previous", year.previous().startYear(),
                "next", year.next().startYear(), "hasNext", year.compareTo(clock.fiscalYear()) < 0));
    }
}
