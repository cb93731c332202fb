package kyodo.events.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.CsvFiles;
import kyodo.events.internal.EventCalendar;
import kyodo.events.internal.EventExports;

import java.nio.charset.StandardCharsets;

/** iCalendar files (one event, and the feed of upcoming events) and the open-data CSV. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class CalendarController {

    private static final MediaType CALENDAR = new MediaType("text/calendar; charset=utf-8");

    private final EventExports exports;
    private final EventCalendar calendar;

    CalendarController(EventExports exports, EventCalendar calendar) {
        this.exports = exports;
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

    @Produces({"text/csv", MediaType.TEXT_HTML})
    @Get("/opendata/events.csv")
    HttpResponse<byte[]> openData() {
        return CsvFiles.download("events.csv", exports.openData(), CsvFiles.Encoding.UTF8_BOM);
    }
}
