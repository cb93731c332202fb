package kyodo.events.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import kyodo.core.Pages;
import kyodo.events.internal.EventMonth;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The month calendar of events ({@code /events/calendar?month=2026-12}); this month by the city clock without one. */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class MonthCalendarController {

    private final EventMonth months;

    MonthCalendarController(EventMonth months) {
        this.months = months;
    }

    @Get("/events/calendar")
    HttpResponse<?> month(@Nullable @QueryValue String month) {
        Optional<YearMonth> asked = month == null || month.isBlank() ? Optional.of(months.thisMonth()) : EventMonth.parse(month.strip());
        if (asked.isEmpty()) {
            Map<String, Object> model = new HashMap<>();
            model.put("status", 400);
            model.put("reason", "evt.error.calendarMonth");
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("error/400", model));
        }
        return Pages.page("events/calendar", Map.of("cal", months.of(asked.get())));
    }
}
