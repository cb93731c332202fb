package kyodo.voices.web;

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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.voices.VoicesApi;
import kyodo.voices.internal.Departments;
import kyodo.voices.internal.Departments.DepartmentForm;
import kyodo.voices.internal.Departments.MemberForm;
import kyodo.voices.internal.VoicesPermissions;
import kyodo.voices.letters.Letter;
import kyodo.voices.letters.LetterWorkflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The staff's start page of 市政への参画, and the departments with their staff. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/voices")
@Secured(SecurityRule.IS_AUTHENTICATED)
class VoicesAdminController {

    private static final Set<String> NOTICES = Set.of("departmentAdded", "memberAdded", "memberRemoved");

    private final Departments departments;
    private final VoicesPermissions permissions;
    private final LetterWorkflow letters;
    private final VoicesApi voices;
    private final CityClock clock;

    VoicesAdminController(Departments departments, VoicesPermissions permissions, LetterWorkflow letters, VoicesApi voices,
                          CityClock clock) {
        this.departments = departments;
        this.permissions = permissions;
        this.letters = letters;
        this.voices = voices;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> overview(Authentication auth) {
        Viewer me = Viewer.of(auth);
        var today = clock.today();
        List<Letter> mine = letters.inbox(me);
        Map<String, Object> model = new HashMap<>();
        model.put("membership", permissions.membership(me));
        model.put("departments", departments.names());
        model.put("toRoute", mine.stream().filter(l -> l.status() == Letter.Status.RECEIVED).count());
        model.put("open", mine.stream().filter(l -> !l.replied()).count());
        model.put("overdue", mine.stream().filter(l -> !l.replied() && l.overdue(today)).count());
        model.put("toApprove", mine.stream().filter(l -> l.status() == Letter.Status.DRAFTED && l.departmentId() != null
                && permissions.supervises(me, l.departmentId())).count());
        model.put("f", voices.figures(clock.fiscalYear()));
        model.put("keeper", permissions.keepsDepartments(me));
        return Pages.page("voices/admin/overview", model);
    }

    @Get("/departments")
    HttpResponse<?> departments(@Nullable @QueryValue String done, Authentication auth) {
        return Pages.page("voices/admin/departments", model(auth, new DepartmentForm(null, null), null,
                done != null && NOTICES.contains(done) ? "voi.dept.notice." + done : null));
    }

    private Map<String, Object> model(Authentication auth, DepartmentForm form, MemberForm memberForm, String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("staffed", departments.staffed());
        model.put("departmentChoices", departments.all().stream()
                .map(d -> kyodo.core.Choice.named(d.id().toString(), d.name())).toList());
        model.put("keeper", permissions.keepsDepartments(Viewer.of(auth)));
        model.put("form", form);
        model.put("memberForm", memberForm == null ? new MemberForm(null, null, null) : memberForm);
        model.put("notice", notice);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/departments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(@Body DepartmentForm form, Authentication auth) {
        try {
            departments.add(Viewer.of(auth), form);
            return Pages.redirect("/admin/voices/departments?done=departmentAdded");
        } catch (FormInvalidException e) {
            return Pages.invalid("voices/admin/departments", model(auth, form, null, null), e.errors());
        }
    }

    @Post("/departments/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addMember(@Body MemberForm form, Authentication auth) {
        try {
            long id = departments.addMember(Viewer.of(auth), form);
            return Pages.redirect("/admin/voices/departments?done=memberAdded#department-" + id);
        } catch (FormInvalidException e) {
            return Pages.invalid("voices/admin/departments", model(auth, new DepartmentForm(null, null), form, null), e.errors());
        }
    }

    @Post("/departments/{id:[0-9]+}/members/{accountId:[0-9]+}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeMember(@PathVariable long id, @PathVariable long accountId, Authentication auth) {
        try {
            departments.removeMember(Viewer.of(auth), id, accountId);
            return Pages.redirect("/admin/voices/departments?done=memberRemoved#department-" + id);
        } catch (FormInvalidException e) {
            return Pages.invalid("voices/admin/departments", model(auth, new DepartmentForm(null, null), null, null),
                    e.errors());
        }
    }
}
