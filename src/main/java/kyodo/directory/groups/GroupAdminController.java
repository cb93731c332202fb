package kyodo.directory.groups;

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
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;

import java.util.Map;

/** Coordinators decide on newly registered groups. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/groups")
@Secured(SecurityRule.IS_AUTHENTICATED)
class GroupAdminController {

    private final GroupService groups;
    private final GroupFinder finder;
    private final GroupPages pages;

    GroupAdminController(GroupService groups, GroupFinder finder, GroupPages pages) {
        this.groups = groups;
        this.finder = finder;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(@Nullable @QueryValue String status, @Nullable @QueryValue String q,
                         @Nullable @QueryValue Integer page, @Nullable @QueryValue String rejected) {
        Group.Status filter = parse(status);
        var search = new GroupFinder.Search(Text.clean(q), null, null, null);
        return Pages.page("directory/admin/groups", Map.of(
                "result", finder.searchWithStatus(search, filter, page == null ? 1 : page, 30),
                "status", filter == null ? "" : filter.name(), "q", Text.orEmpty(search.text()),
                "statuses", Group.Status.values(), "rejected", rejected != null));
    }

    @Post("/{id:[0-9]+}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> approve(@PathVariable long id, Authentication authentication) {
        try {
            groups.approve(Viewer.of(authentication).accountId(), id);
            return Pages.redirect("/groups/" + id + "?done=approved");
        } catch (FormInvalidException e) {
            return again(id, authentication, e);
        }
    }

    @Post("/{id:[0-9]+}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reject(@PathVariable long id, @Body GroupForms.RejectForm form, Authentication authentication) {
        try {
            groups.reject(Viewer.of(authentication).accountId(), id, form.rejectReason());
            return Pages.redirect("/admin/groups?status=PENDING&rejected=" + id);
        } catch (FormInvalidException e) {
            return again(id, authentication, e);
        }
    }

    private HttpResponse<?> again(long id, Authentication authentication, FormInvalidException e) {
        return pages.model(id, Viewer.of(authentication))
                .<HttpResponse<?>>map(model -> Pages.invalid("directory/group", model, e.errors()))
                .orElseGet(HttpResponse::notFound);
    }

    private static Group.Status parse(String value) {
        if (value == null || value.isBlank()) {
            return Group.Status.PENDING;
        }
        if (value.equals("ALL")) {
            return null;
        }
        try {
            return Group.Status.valueOf(value);
        } catch (IllegalArgumentException e) {
            return Group.Status.PENDING;
        }
    }
}
