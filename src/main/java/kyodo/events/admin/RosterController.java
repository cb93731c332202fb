package kyodo.events.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import kyodo.core.CsvFiles;
import kyodo.core.Pages;
import kyodo.events.internal.AttendanceService;
import kyodo.events.internal.EventExports;

import java.util.HashMap;
import java.util.Map;

/** The roster of a session (attendance at the door, printable) and the registrations CSV. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/events/{id:[0-9]+}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class RosterController {

    private final AttendanceService attendance;
    private final EventExports exports;

    RosterController(AttendanceService attendance, EventExports exports) {
        this.attendance = attendance;
        this.exports = exports;
    }

    @Get("/sessions/{sessionId:[0-9]+}")
    HttpResponse<?> roster(long id, long sessionId, @Nullable @QueryValue String saved, Authentication authentication) {
        return Pages.page("events/admin/roster", Map.of(
                "roster", attendance.roster(id, sessionId, Long.parseLong(authentication.getName()), "event.roster.view"),
                "saved", saved != null));
    }

    /** Marks: {@code a<accountId>=present|absent}; people not in the form are left as they were. */
    @Post("/sessions/{sessionId:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> record(long id, long sessionId, @Body Map<String, String> body, Authentication authentication) {
        Map<Long, Boolean> marks = new HashMap<>();
        body.forEach((key, value) -> {
            if (key.matches("^a\\d{1,18}$") && ("present".equals(value) || "absent".equals(value))) {
                marks.put(Long.parseLong(key.substring(1)), "present".equals(value));
            }
        });
        attendance.record(id, sessionId, marks, Long.parseLong(authentication.getName()));
        return Pages.redirect("/admin/events/" + id + "/sessions/" + sessionId + "?saved=1");
    }

    @Produces({"text/csv", MediaType.TEXT_HTML})
    @Get("/registrations.csv")
    HttpResponse<?> registrationsCsv(long id, @Nullable @QueryValue String encoding, Authentication authentication) {
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        EventExports.Csv csv = exports.registrations(id, Long.parseLong(authentication.getName()), enc);
        return CsvFiles.download(csv.fileName(), csv.bytes(), enc);
    }
}
