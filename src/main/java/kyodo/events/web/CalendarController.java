package kyodo.events.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.CsvFiles;
import kyodo.events.internal.EventExports;

import java.nio.charset.StandardCharsets;

/** iCalendar files (one event, and the feed of upcoming events) and the open-data CSV. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class CalendarController {

    private static final MediaType CALENDAR = new MediaType("text/calendar; charset=utf-8");

    private final EventExports exports;

    CalendarController(EventExports exports) {
        this.exports = exports;
    }

    @Produces({"text/calendar", MediaType.TEXT_HTML})
    @Get("/events/{id:[0-9]+}.ics")
    HttpResponse<byte[]> event(long id) {
        return HttpResponse.ok(exports.ics(id).getBytes(StandardCharsets.UTF_8)).contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"event-" + id + ".ics\"");
    }

    @Produces({"text/calendar", MediaType.TEXT_HTML})
    @Get("/evt.ics")
    HttpResponse<byte[]> feed() {
        return HttpResponse.ok(exports.icsFeed().getBytes(StandardCharsets.UTF_8)).contentType(CALENDAR);
    }

    @Produces({"text/csv", MediaType.TEXT_HTML})
    @Get("/opendata/events.csv")
    HttpResponse<byte[]> openData() {
        return CsvFiles.download("events.csv", exports.openData(), CsvFiles.Encoding.UTF8_BOM);
    }
}
