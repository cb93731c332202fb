package kyodo.events.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.events.internal.EventCalendar;

import java.nio.charset.StandardCharsets;

/** iCalendar files: one event, and the feed of upcoming events (the open-data CSV is {@link kyodo.events.internal.EventOpenData}). */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class CalendarController {

    private static final MediaType CALENDAR = new MediaType("text/calendar; charset=utf-8");

    private final EventCalendar calendar;

    CalendarController(EventCalendar calendar) {
        this.calendar = calendar;
    }

    @Produces({"text/calendar", MediaType.TEXT_HTML})
    @Get("/events/{id:[0-9]+}.ics")
    HttpResponse<byte[]> event(long id) {
        return HttpResponse.ok(calendar.event(id).getBytes(StandardCharsets.UTF_8)).contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"event-" + id + ".ics\"");
    }

    @Produces({"text/calendar", MediaType.TEXT_HTML})
    @Get("/events.ics")
    HttpResponse<byte[]> feed() {
        return HttpResponse.ok(calendar.feed().getBytes(StandardCharsets.UTF_8)).contentType(CALENDAR);
    }
}
