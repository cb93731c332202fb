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
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.CsvFiles;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.directory.imports.DirectoryCsv;
import kyodo.core.Viewer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A person's own volunteer registration: register with consent, update, download, delete. */
@Produces(MediaType.TEXT_HTML)
@Controller("/volunteer")
@Secured(SecurityRule.IS_AUTHENTICATED)
class VolunteerController {

    private final VolunteerService volunteers;
    private final AccountsApi accounts;
    private final VolunteerExport export;
    private final MatchService matches;
    private final Supporters supporters;

    VolunteerController(VolunteerService volunteers, AccountsApi accounts, VolunteerExport export,
                        MatchService matches, Supporters supporters) {
        this.volunteers = volunteers;
        this.supporters = supporters;
        this.accounts = accounts;
        this.export = export;
        this.matches = matches;
    }

    @Get
    HttpResponse<?> show(@Nullable @QueryValue String done, Authentication authentication) {
        long id = Viewer.of(authentication).accountId();
        AccountSummary account = accounts.find(id).orElseThrow();
        Volunteer volunteer = volunteers.findByAccount(id).orElse(null);
        VolunteerInput input = volunteer != null ? volunteer.toInput()
                : new VolunteerInput(account.displayName(), account.nameKana(), account.email(), null, null, null, "EMAIL", null,
                null, List.of(), List.of(), account.area(), account.schoolDistrict(), null);
        Map<String, Object> model = model(account, input, volunteer != null);
        model.put("notice", Notices.key(done));
        model.put("supporter", supporters.of(id).orElse(null));
        model.put("matches", volunteer == null ? List.of() : matches.forVolunteer(volunteer.id()));
        return Pages.page("directory/volunteer", model);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@Body VolunteerForm form, Authentication authentication) {
        long id = Viewer.of(authentication).accountId();
        AccountSummary account = accounts.find(id).orElseThrow();
        VolunteerInput input = form.toInput(account.displayName(), account.nameKana(), account.email());
        try {
            volunteers.saveOwn(id, input);
            return Pages.redirect("/volunteer?done=saved");
        } catch (FormInvalidException e) {
            Map<String, Object> model = model(account, input, volunteers.findByAccount(id).isPresent());
            model.put("matches", List.of());
            return Pages.invalid("directory/volunteer", model, e.errors());
        }
    }

    @Get("/my-data.json")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<?> ownJson(Authentication authentication) {
        return HttpResponse.ok(export.ownJson(Viewer.of(authentication).accountId()).getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"my-volunteer-data.json\"")
                .header("Cache-Control", "no-store");
    }

    @Get("/my-data.csv")
    @Produces("text/csv")
    HttpResponse<?> ownCsv(@Nullable @QueryValue String encoding, Authentication authentication) {
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        return CsvFiles.download(DirectoryCsv.OWN_DATA_FILE, export.ownCsv(Viewer.of(authentication).accountId(), enc), enc);
    }

    @Post("/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@Body VolunteerForm.DeleteForm form, Authentication authentication) {
        if (form.confirmDelete() == null) {
            return Pages.redirect("/volunteer?done=notDeleted#delete");
        }
        volunteers.deleteOwn(Viewer.of(authentication).accountId());
        return Pages.redirect("/volunteer?done=deleted");
    }

    static Map<String, Object> model(AccountSummary account, VolunteerInput input, boolean registered) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("form", input);
        model.put("registered", registered);
        model.put("fields", Arrays.asList(ActivityField.values()));
        model.put("days", Availability.DAYS);
        model.put("periods", Availability.PERIODS);
        model.put("methods", Arrays.asList(Volunteer.ContactMethod.values()));
        return model;
    }
}
