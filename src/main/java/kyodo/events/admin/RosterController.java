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
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.events.internal.AttendanceService;
import kyodo.events.internal.EventExports;

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
                "roster", attendance.roster(id, sessionId, Long.parseLong(authentication.getName())),
                "saved", saved != null));
    }

    /** Marks of the people on the form; people not on it, or left 未記録, stay as they were. */
    @Post("/sessions/{sessionId:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> record(long id, long sessionId, @Body RosterForm form, Authentication authentication) {
        long actor = Long.parseLong(authentication.getName());
        try {
            attendance.record(id, sessionId, form.marks(), actor);
            return Pages.redirect("/admin/events/" + id + "/sessions/" + sessionId + "?saved=1");
        } catch (FormInvalidException e) {
            return Pages.invalid("events/admin/roster", Map.of("roster", attendance.roster(id, sessionId, actor),
                    "saved", false), e.errors());
        }
    }

    @Produces({"text/csv", MediaType.TEXT_HTML})
    @Get("/registrations.csv")
    HttpResponse<?> registrationsCsv(long id, @Nullable @QueryValue String encoding, Authentication authentication) {
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        EventExports.Csv csv = exports.registrations(id, Long.parseLong(authentication.getName()), enc);
        return CsvFiles.download(csv.fileName(), csv.bytes(), enc);
    }
}
