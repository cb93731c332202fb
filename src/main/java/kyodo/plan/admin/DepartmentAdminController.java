package kyodo.plan.admin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.plan.internal.Department;
import kyodo.plan.internal.DepartmentForm;
import kyodo.plan.internal.Departments;
import kyodo.plan.internal.MemberForm;
import kyodo.plan.internal.Plans;

import java.util.HashMap;
import java.util.Map;

/** Plan staff: the departments that report, and the accounts that belong to each. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/plan/departments")
@Secured(SecurityRule.IS_AUTHENTICATED)
class DepartmentAdminController {

    private final Departments departments;

    DepartmentAdminController(Departments departments) {
        this.departments = departments;
    }

    @Get
    HttpResponse<?> list() {
        return Pages.page("plan/admin/departments", listModel(new DepartmentForm(null, null)));
    }

    private Map<String, Object> listModel(DepartmentForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("departments", departments.all());
        model.put("form", form);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body DepartmentForm form, Authentication auth) {
        try {
            return Pages.redirect("/admin/plan/departments/" + departments.create(form, Viewer.of(auth).accountId()));
        } catch (FormInvalidException e) {
            return Pages.invalid("plan/admin/departments", listModel(form), e.errors());
        }
    }

    @Get("/{departmentId:[0-9]+}")
    HttpResponse<?> members(long departmentId) {
        return Pages.page("plan/admin/department", memberModel(departmentId, new MemberForm(null)));
    }

    private Map<String, Object> memberModel(long departmentId, MemberForm form) {
        Department d = departments.find(departmentId).orElseThrow(Plans::notFound);
        Map<String, Object> model = new HashMap<>();
        model.put("department", d);
        model.put("members", departments.members(departmentId));
        model.put("form", form);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/{departmentId:[0-9]+}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addMember(long departmentId, @Body MemberForm form, Authentication auth) {
        try {
            departments.addMember(departmentId, form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/plan/departments/" + departmentId);
        } catch (FormInvalidException e) {
            return Pages.invalid("plan/admin/department", memberModel(departmentId, form), e.errors());
        }
    }

    @Post("/{departmentId:[0-9]+}/members/{accountId:[0-9]+}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeMember(long departmentId, long accountId, Authentication auth) {
        departments.removeMember(departmentId, accountId, Viewer.of(auth).accountId());
        return Pages.redirect("/admin/plan/departments/" + departmentId);
    }
}
