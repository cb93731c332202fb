package kyodo.directory.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import kyodo.core.CsvFiles;
import kyodo.core.Pages;
import kyodo.core.Role;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.Availability;
import kyodo.directory.internal.MatchService;
import kyodo.directory.internal.Text;
import kyodo.directory.internal.Volunteer;
import kyodo.directory.internal.VolunteerExport;
import kyodo.directory.internal.VolunteerService;
import kyodo.directory.web.Notices;
import kyodo.directory.web.Visitors;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/** Coordinators and staff: the volunteer bank. Contact details are shown on the detail page only, and logged. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/volunteers")
@Secured(SecurityRule.IS_AUTHENTICATED)
class VolunteerAdminController {

    private final VolunteerService volunteers;
    private final VolunteerExport export;
    private final MatchService matches;

    VolunteerAdminController(VolunteerService volunteers, VolunteerExport export, MatchService matches) {
        this.volunteers = volunteers;
        this.export = export;
        this.matches = matches;
    }

    @Get
    HttpResponse<?> list(@Nullable @QueryValue String q, @Nullable @QueryValue String field,
                         @Nullable @QueryValue String district, @Nullable @QueryValue String supporters,
                         @Nullable @QueryValue Integer page) {
        ActivityField f = ActivityField.parse(field);
        return Pages.page("directory/admin/volunteers", Map.of(
                "result", volunteers.search(Text.clean(q), f, Text.clean(district), supporters != null,
                        page == null ? 1 : page, 30),
                "q", Text.orEmpty(Text.clean(q)), "field", f == null ? "" : f.name(),
                "district", Text.orEmpty(Text.clean(district)), "supporters", supporters != null,
                "fields", Arrays.asList(ActivityField.values())));
    }

    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(@PathVariable long id, @Nullable @QueryValue String done, Authentication authentication) {
        Volunteer v = volunteers.viewWithContacts(Visitors.id(authentication), id).orElse(null);
        if (v == null || !v.active()) {
            return HttpResponse.notFound();
        }
        return Pages.page("directory/admin/volunteer", Map.of("v", v,
                "supporter", volunteers.supporter(v.accountId()).map(Object.class::cast).orElse(""),
                "matches", matches.forVolunteer(v.id()), "days", Availability.DAYS, "periods", Availability.PERIODS,
                "notice", Text.orEmpty(Notices.key(done))));
    }

    @Post("/{id:[0-9]+}/supporter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> supporter(@PathVariable long id, Authentication authentication) {
        Volunteer v = volunteers.find(id).orElse(null);
        if (v == null || v.accountId() == null) {
            return HttpResponse.notFound();
        }
        long actor = Visitors.id(authentication);
        if (volunteers.supporter(v.accountId()).isPresent()) {
            volunteers.removeSupporter(actor, v.accountId());
        } else {
            volunteers.markSupporter(v.accountId(), LocalDate.now(), "コーディネーターが登録", actor);
        }
        return Pages.redirect("/admin/volunteers/" + id + "?done=supporter");
    }

    /** Names and contacts only for staff; coordinators get the other columns. Every export is logged. */
    @Get("/export.csv")
    @Produces("text/csv")
    HttpResponse<?> exportCsv(@Nullable @QueryValue String encoding, Authentication authentication) {
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        Set<Role> roles = Visitors.roles(authentication);
        boolean personal = roles.contains(Role.STAFF) || roles.contains(Role.ADMIN);
        return CsvFiles.download("ボランティア一覧_" + LocalDate.now() + ".csv",
                export.volunteersCsv(Visitors.id(authentication), personal, enc), enc);
    }
}
