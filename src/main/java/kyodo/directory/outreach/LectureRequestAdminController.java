package kyodo.directory.outreach;

import kyodo.directory.outreach.LectureRequest.Status;

import kyodo.directory.internal.Text;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
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
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.CsvFiles;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.CityClock;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.directory.imports.DirectoryCsv;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The coordinator handles outreach-lecture requests: list by status and age, detail with contact (logged), status changes. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/lecture-requests")
@Secured(SecurityRule.IS_AUTHENTICATED)
class LectureRequestAdminController {

    private static final java.util.Set<String> NOTICES = java.util.Set.of("statusChanged", "noteAdded");

    private final LectureRequests requests;
    private final LectureRequestHandling handling;
    private final LectureRequestExport export;
    private final AccountsApi accounts;
    private final CityClock clock;

    LectureRequestAdminController(LectureRequests requests, LectureRequestHandling handling, LectureRequestExport export,
                                  AccountsApi accounts, CityClock clock) {
        this.requests = requests;
        this.handling = handling;
        this.export = export;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Open requests (受付・調整中) by default, oldest first; ?status=ALL or one status. */
    @Get
    HttpResponse<?> list(@Nullable @QueryValue String status) {
        Status filter = Arrays.stream(Status.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        boolean all = "ALL".equals(status);
        var shown = filter != null ? requests.list(filter)
                : requests.list(null).stream().filter(r -> all || r.status().open()).toList();
        return Pages.page("directory/admin/lecture-requests", Map.of("requests", shown,
                "status", filter != null ? filter.name() : all ? "ALL" : "", "statuses", Arrays.asList(Status.values()),
                "today", clock.today()));
    }

    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(@PathVariable long id, @Nullable @QueryValue String done, Authentication authentication) {
        Map<String, Object> model = model(id, authentication);
        if (model == null) {
            return HttpResponse.notFound();
        }
        model.put("notice", done != null && NOTICES.contains(done) ? "dir.lec.notice." + done : "");
        return Pages.page("directory/admin/lecture-request", model);
    }

    @Post("/{id:[0-9]+}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> status(@PathVariable long id, @Body RequestForms.StatusForm form, Authentication authentication) {
        try {
            handling.changeStatus(Viewer.of(authentication).accountId(), id, form.reqStatus(), form.fixedDate(),
                    form.fixedTime(), form.reqNote());
            return Pages.redirect("/admin/lecture-requests/" + id + "?done=statusChanged");
        } catch (FormInvalidException e) {
            return again(id, authentication, form, null, e.errors());
        }
    }

    @Post("/{id:[0-9]+}/note")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> note(@PathVariable long id, @Body RequestForms.NoteForm form, Authentication authentication) {
        try {
            handling.addNote(Viewer.of(authentication).accountId(), id, form.reqNoteOnly());
            return Pages.redirect("/admin/lecture-requests/" + id + "?done=noteAdded");
        } catch (FormInvalidException e) {
            return again(id, authentication, null, form, e.errors());
        }
    }

    /** Every request with the requesters' contact details: staff only, and logged. */
    @Get("/export.csv")
    @Produces("text/csv")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> export(@Nullable @QueryValue String encoding, Authentication authentication) {
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        return CsvFiles.download(DirectoryCsv.fileName(DirectoryCsv.LECTURE_REQUESTS_FILE, clock.today()),
                export.csv(Viewer.of(authentication).accountId(), enc), enc);
    }

    private HttpResponse<?> again(long id, Authentication authentication, RequestForms.StatusForm status,
                                  RequestForms.NoteForm note, FieldErrors errors) {
        if (errors.has(FieldErrors.FORM) && requests.find(id).isEmpty()) {
            return HttpResponse.notFound();
        }
        Map<String, Object> model = model(id, authentication);
        if (model == null) {
            return HttpResponse.notFound();
        }
        model.put("notice", "");
        if (status != null) {
            model.put("reqStatus", Text.orEmpty(status.reqStatus()));
            model.put("fixedDate", Text.orEmpty(status.fixedDate()));
            model.put("fixedTime", Text.orEmpty(status.fixedTime()));
            model.put("reqNote", Text.orEmpty(status.reqNote()));
        }
        if (note != null) {
            model.put("reqNoteOnly", Text.orEmpty(note.reqNoteOnly()));
        }
        return Pages.invalid("directory/admin/lecture-request", model, errors);
    }

    private Map<String, Object> model(long id, Authentication authentication) {
        LectureRequest request = requests.viewWithContact(Viewer.of(authentication).accountId(), id).orElse(null);
        if (request == null) {
            return null;
        }
        var history = requests.history(id);
        Map<Long, String> names = accounts.findAll(history.stream().map(LectureRequestLog::actorId)
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        Map<String, Object> model = new HashMap<>();
        model.put("r", request);
        model.put("history", history);
        model.put("names", names);
        model.put("next", LectureRequestHandling.nextStatuses(request.status()));
        model.put("today", clock.today());
        model.put("reqStatus", "");
        model.put("fixedDate", request.date1() == null ? "" : request.date1().toString());
        model.put("fixedTime", Text.orEmpty(request.time1()));
        model.put("reqNote", "");
        model.put("reqNoteOnly", "");
        return model;
    }
}
