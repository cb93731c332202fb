package kyodo.directory.volunteers;

import kyodo.directory.imports.VolunteerExport;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.Availability;
import kyodo.directory.internal.Notices;
import kyodo.directory.internal.Text;
import kyodo.directory.matching.MatchService;

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
import kyodo.core.CityClock;
import kyodo.directory.imports.DirectoryCsv;
import kyodo.directory.internal.DirectoryTexts;
import kyodo.directory.internal.DirectoryPermissions;
import kyodo.core.Pages;
import kyodo.core.Viewer;

import java.util.Arrays;
import java.util.Map;

/** Coordinators and staff: the volunteer bank. Contact details are shown on the detail page only, and logged. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/volunteers")
@Secured(SecurityRule.IS_AUTHENTICATED)
class VolunteerAdminController {

    private final VolunteerService volunteers;
    private final VolunteerExport export;
    private final MatchService matches;
    private final Supporters supporters;
    private final DirectoryPermissions permissions;
    private final DirectoryTexts texts;
    private final CityClock clock;

    VolunteerAdminController(VolunteerService volunteers, VolunteerExport export, MatchService matches,
                             Supporters supporters, DirectoryPermissions permissions, DirectoryTexts texts,
                             CityClock clock) {
        this.volunteers = volunteers;
        this.supporters = supporters;
        this.permissions = permissions;
        this.texts = texts;
        this.clock = clock;
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
                "unregistered", supporters != null ? this.supporters.withoutVolunteerRegistration() : java.util.List.of(),
                "fields", Arrays.asList(ActivityField.values())));
    }

    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(@PathVariable long id, @Nullable @QueryValue String done, Authentication authentication) {
        Volunteer v = volunteers.viewWithContacts(Viewer.of(authentication).accountId(), id).orElse(null);
        if (v == null || !v.active()) {
            return HttpResponse.notFound();
        }
        return Pages.page("directory/admin/volunteer", Map.of("v", v,
                "supporter", supporters.of(v.accountId()).map(Object.class::cast).orElse(""),
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
        long actor = Viewer.of(authentication).accountId();
        if (supporters.of(v.accountId()).isPresent()) {
            supporters.remove(actor, v.accountId());
        } else {
            supporters.mark(v.accountId(), clock.today(), texts.ja("dir.supporter.source.coordinator"), actor);
        }
        return Pages.redirect("/admin/volunteers/" + id + "?done=supporter");
    }

    /** Names and contacts only for staff; coordinators get the other columns. Every export is logged. */
    @Get("/export.csv")
    @Produces("text/csv")
    HttpResponse<?> exportCsv(@Nullable @QueryValue String encoding, Authentication authentication) {
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        boolean personal = permissions.exportsPersonalData(Viewer.of(authentication));
        return CsvFiles.download(DirectoryCsv.fileName(DirectoryCsv.VOLUNTEERS_FILE, clock.today()),
                export.volunteersCsv(Viewer.of(authentication).accountId(), personal, enc), enc);
    }
}
