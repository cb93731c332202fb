package kyodo.voices.councils;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import kyodo.voices.councils.CouncilForms.CouncilForm;
import kyodo.voices.councils.CouncilForms.DecisionForm;
import kyodo.voices.councils.CouncilForms.MemberForm;
import kyodo.voices.councils.CouncilForms.RecruitmentForm;
import kyodo.voices.internal.Departments;
import kyodo.voices.internal.VoicesPermissions;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Staff keep the councils, open calls for citizen members, select among the applicants and appoint them. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/voices/councils")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CouncilAdminController {

    private static final Set<String> NOTICES = Set.of("created", "callOpened", "memberAdded", "decided", "appointed");

    private final CouncilService councils;
    private final ApplicationService applications;
    private final Departments departments;
    private final VoicesPermissions permissions;
    private final CityClock clock;

    CouncilAdminController(CouncilService councils, ApplicationService applications, Departments departments,
                           VoicesPermissions permissions, CityClock clock) {
        this.councils = councils;
        this.applications = applications;
        this.departments = departments;
        this.permissions = permissions;
        this.clock = clock;
    }

    private static String notice(String done) {
        return done != null && NOTICES.contains(done) ? "voi.council.notice." + done : null;
    }

    @Get
    HttpResponse<?> list(@Nullable @QueryValue String done, Authentication auth) {
        return Pages.page("voices/admin/councils", listModel(new CouncilForm(null, null, null, null, null), notice(done), auth));
    }

    private Map<String, Object> listModel(CouncilForm form, String notice, Authentication auth) {
        Map<String, Object> model = new HashMap<>();
        model.put("councils", councils.overview());
        model.put("departments", departments.names());
        model.put("departmentChoices", departments.choicesFor(Viewer.of(auth)));
        model.put("form", form);
        model.put("notice", notice);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body CouncilForm form, Authentication auth) {
        try {
            long id = councils.create(Viewer.of(auth), form);
            return Pages.redirect("/admin/voices/councils/" + id + "?done=created");
        } catch (FormInvalidException e) {
            return Pages.invalid("voices/admin/councils", listModel(form, null, auth), e.errors());
        }
    }

    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(@PathVariable long id, @Nullable @QueryValue String done, Authentication auth) {
        return councils.find(id).<HttpResponse<?>>map(c -> Pages.page("voices/admin/council",
                councilModel(c, emptyCall(), new MemberForm(null, null, null), notice(done), auth)))
                .orElseGet(HttpResponse::notFound);
    }

    private RecruitmentForm emptyCall() {
        var today = clock.today();
        return new RecruitmentForm("1", null, null, "800", today.plusDays(7).toString(), today.plusDays(37).toString(),
                null, null);
    }

    private Map<String, Object> councilModel(Council c, RecruitmentForm call, MemberForm member, String notice, Authentication auth) {
        Map<String, Object> model = new HashMap<>();
        model.put("council", c);
        model.put("department", departments.names().getOrDefault(c.departmentId(), ""));
        model.put("members", councils.members(Viewer.of(auth), c));
        model.put("calls", councils.recruitments(c.id()));
        model.put("mine", permissions.worksFor(Viewer.of(auth), c.departmentId()));
        model.put("callForm", call);
        model.put("memberForm", member);
        model.put("today", clock.today());
        model.put("notice", notice);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/{id:[0-9]+}/recruitments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> openCall(@PathVariable long id, @Body RecruitmentForm form, Authentication auth) {
        try {
            long call = councils.openCall(Viewer.of(auth), id, form);
            return Pages.redirect("/admin/voices/councils/recruitments/" + call + "?done=callOpened");
        } catch (FormInvalidException e) {
            return councils.find(id).<HttpResponse<?>>map(c -> Pages.invalid("voices/admin/council",
                    councilModel(c, form, new MemberForm(null, null, null), null, auth), e.errors()))
                    .orElseGet(HttpResponse::notFound);
        }
    }

    @Post("/{id:[0-9]+}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addMember(@PathVariable long id, @Body MemberForm form, Authentication auth) {
        try {
            councils.addMember(Viewer.of(auth), id, form);
            return Pages.redirect("/admin/voices/councils/" + id + "?done=memberAdded#members");
        } catch (FormInvalidException e) {
            return councils.find(id).<HttpResponse<?>>map(c -> Pages.invalid("voices/admin/council",
                    councilModel(c, emptyCall(), form, null, auth), e.errors())).orElseGet(HttpResponse::notFound);
        }
    }

    @Get("/recruitments/{id:[0-9]+}")
    HttpResponse<?> call(@PathVariable long id, @Nullable @QueryValue String done, Authentication auth) {
        return callPage(id, auth, notice(done), null);
    }

    private HttpResponse<?> callPage(long id, Authentication auth, String notice, FieldErrors errors) {
        Recruitment r = councils.recruitment(id).orElse(null);
        if (r == null) {
            return HttpResponse.notFound();
        }
        Council c = councils.find(r.councilId()).orElseThrow();
        Viewer me = Viewer.of(auth);
        Map<String, Object> model = new HashMap<>();
        model.put("call", r);
        model.put("council", c);
        model.put("today", clock.today());
        model.put("notice", notice);
        boolean sees = permissions.seesPersonalData(me, c.departmentId());
        model.put("sees", sees);
        model.put("applications", sees ? applications.applications(me, id) : java.util.List.of());
        model.put("errors", errors == null ? FieldErrors.none() : errors);
        return errors == null ? Pages.page("voices/admin/council-call", model) : Pages.invalid("voices/admin/council-call", model, errors);
    }

    @Post("/recruitments/{id:[0-9]+}/applications/{applicationId:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(@PathVariable long id, @PathVariable long applicationId, @Body DecisionForm form, Authentication auth) {
        try {
            applications.decide(Viewer.of(auth), id, applicationId, form);
            return Pages.redirect("/admin/voices/councils/recruitments/" + id + "?done=decided#applications");
        } catch (FormInvalidException e) {
            return forbiddenOr(id, auth, e.errors());
        }
    }

    @Post("/recruitments/{id:[0-9]+}/appoint")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> appoint(@PathVariable long id, Authentication auth) {
        try {
            applications.appoint(Viewer.of(auth), id);
            return Pages.redirect("/admin/voices/councils/recruitments/" + id + "?done=appointed");
        } catch (FormInvalidException e) {
            return forbiddenOr(id, auth, e.errors());
        }
    }

    private HttpResponse<?> forbiddenOr(long id, Authentication auth, FieldErrors errors) {
        FieldErrors.Message first = errors.first(FieldErrors.FORM);
        if (first != null && "voi.error.notYourDepartment".equals(first.key())) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        return callPage(id, auth, null, errors);
    }
}
