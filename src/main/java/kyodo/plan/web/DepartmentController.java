package kyodo.plan.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Choice;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.plan.internal.Mark;
import kyodo.plan.internal.Reports;
import kyodo.plan.internal.ResultForm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** A department's pages: its items in the open rounds, and the yearly report on each (draft → submit). */
@Produces(MediaType.TEXT_HTML)
@Controller("/plan/department")
@Secured(SecurityRule.IS_AUTHENTICATED)
class DepartmentController {

    private final Reports reports;
    private final HttpLocaleResolver locales;

    DepartmentController(Reports reports, HttpLocaleResolver locales) {
        this.reports = reports;
        this.locales = locales;
    }

    @Get
    HttpResponse<?> mine(@Nullable @QueryValue String done, Authentication auth, HttpRequest<?> request) {
        long me = Viewer.of(auth).accountId();
        var departments = reports.departmentsOf(me);
        return Pages.page("plan/department", Map.of("tasks", reports.tasks(me), "departments", departments,
                "departmentNames", String.join("\u3001", departments.stream().map(kyodo.plan.internal.Department::name).toList()),
                "done", done != null && done.matches("[a-z]{1,20}") ? "pln.done." + done : "",
                "eras", Eras.of(locales.resolveOrDefault(request))));
    }

    @Get("/items/{itemId:[0-9]+}/{fy:[0-9]+}")
    HttpResponse<?> draft(long itemId, int fy, @Nullable @QueryValue String saved, Authentication auth, HttpRequest<?> request) {
        Reports.Draft draft = reports.draft(itemId, fy, Viewer.of(auth));
        return Pages.page("plan/draft", model(draft, draft.form(), request, "1".equals(saved)));
    }

    private Map<String, Object> model(Reports.Draft draft, ResultForm form, HttpRequest<?> request, boolean saved) {
        Map<String, Object> model = new HashMap<>();
        model.put("d", draft);
        model.put("form", form);
        model.put("marks", Arrays.stream(Mark.values()).map(m -> Choice.keyed(m.name(), m.labelKey())).toList());
        model.put("saved", saved);
        model.put("eras", Eras.of(locales.resolveOrDefault(request)));
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/items/{itemId:[0-9]+}/{fy:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(long itemId, int fy, @Body ResultForm form, Authentication auth, HttpRequest<?> request) {
        return store(itemId, fy, form, auth, request, false);
    }

    @Post("/items/{itemId:[0-9]+}/{fy:[0-9]+}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(long itemId, int fy, @Body ResultForm form, Authentication auth, HttpRequest<?> request) {
        return store(itemId, fy, form, auth, request, true);
    }

    private HttpResponse<?> store(long itemId, int fy, ResultForm form, Authentication auth, HttpRequest<?> request,
                                  boolean submit) {
        Viewer viewer = Viewer.of(auth);
        try {
            reports.save(itemId, fy, form, viewer, submit);
            return Pages.redirect(submit ? "/plan/department?done=submitted"
                    : "/plan/department/items/" + itemId + "/" + fy + "?saved=1");
        } catch (FormInvalidException e) {
            return Pages.invalid("plan/draft", model(reports.draft(itemId, fy, viewer), form, request, false), e.errors());
        }
    }
}
