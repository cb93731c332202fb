package kyodo.directory.groups;

import kyodo.core.SharedPage;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.DirectoryPermissions;
import kyodo.directory.internal.Notices;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.directory.GroupType;

import java.util.Arrays;
import java.util.Map;

/** Public group list and pages; registering and running a group for its representative. */
@Produces(MediaType.TEXT_HTML)
@Controller("/groups")
@Secured(SecurityRule.IS_ANONYMOUS)
class GroupController {

    private static final int PAGE_SIZE = 20;

    private final GroupService groups;
    private final GroupFinder finder;
    private final GroupMembers members;
    private final GroupPages pages;
    private final DirectoryPermissions permissions;

    GroupController(GroupService groups, GroupFinder finder, GroupMembers members, GroupPages pages,
                    DirectoryPermissions permissions) {
        this.groups = groups;
        this.finder = finder;
        this.members = members;
        this.pages = pages;
        this.permissions = permissions;
    }

    @SharedPage
    @Get
    HttpResponse<?> list(@Nullable @QueryValue String q, @Nullable @QueryValue String field,
                         @Nullable @QueryValue String area, @Nullable @QueryValue String type,
                         @Nullable @QueryValue Integer page) {
        var search = new GroupFinder.Search(Text.clean(q), ActivityField.parse(field), Text.clean(area),
                GroupFinder.parseType(type));
        return Pages.page("directory/groups", Map.of(
                "result", finder.search(search, page == null ? 1 : page, PAGE_SIZE),
                "q", Text.orEmpty(search.text()), "field", search.field() == null ? "" : search.field().name(),
                "area", Text.orEmpty(search.area()), "type", search.type() == null ? "" : search.type().name(),
                "types", Arrays.asList(GroupType.values()), "fields", Arrays.asList(ActivityField.values())));
    }

    @SharedPage
    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(@PathVariable long id, @Nullable @QueryValue String done,
                         @Nullable Authentication authentication) {
        return pages.model(id, Viewer.orNull(authentication))
                .<HttpResponse<?>>map(model -> {
                    model.put("notice", Notices.key(done));
                    return Pages.page("directory/group", model);
                })
                .orElseGet(HttpResponse::notFound);
    }

    @Get("/mine")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> mine(Authentication authentication) {
        return Pages.page("directory/my-groups", Map.of("groups", finder.groupsOf(Viewer.of(authentication).accountId())));
    }

    @Get("/new")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> newForm() {
        return Pages.page("directory/group-form", GroupPages.formModel(GroupInput.empty(), "/groups", false));
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(@Body GroupInput input, Authentication authentication) {
        try {
            long id = groups.register(Viewer.of(authentication).accountId(), input);
            return Pages.redirect("/groups/" + id + "?done=registered");
        } catch (FormInvalidException e) {
            return Pages.invalid("directory/group-form", GroupPages.formModel(input, "/groups", false), e.errors());
        }
    }

    @Get("/{id:[0-9]+}/edit")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> editForm(@PathVariable long id, Authentication authentication) {
        Group group = finder.find(id).orElse(null);
        if (group == null || !permissions.canEditGroup(Viewer.of(authentication), id)) {
            return HttpResponse.notFound();
        }
        return Pages.page("directory/group-form",
                GroupPages.formModel(group.toInput(), "/groups/" + id + "/edit", true));
    }

    @Post("/{id:[0-9]+}/edit")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @Body GroupInput input, Authentication authentication) {
        try {
            groups.update(Viewer.of(authentication), id, input);
            return Pages.redirect("/groups/" + id + "?done=saved");
        } catch (FormInvalidException e) {
            if (e.errors().has(FieldErrors.FORM)) {
                return HttpResponse.notFound();
            }
            return Pages.invalid("directory/group-form", GroupPages.formModel(input, "/groups/" + id + "/edit", true),
                    e.errors());
        }
    }

    @Post("/{id:[0-9]+}/members")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addMember(@PathVariable long id, @Body GroupForms.MemberForm form, Authentication authentication) {
        try {
            members.addMember(Viewer.of(authentication), id, form.memberEmail());
            return Pages.redirect("/groups/" + id + "?done=memberAdded#members");
        } catch (FormInvalidException e) {
            return again(id, authentication, e.errors(), form.memberEmail());
        }
    }

    @Post("/{id:[0-9]+}/members/{accountId:[0-9]+}/remove")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeMember(@PathVariable long id, @PathVariable long accountId, Authentication authentication) {
        try {
            members.removeMember(Viewer.of(authentication), id, accountId);
            return Pages.redirect(accountId == Viewer.of(authentication).accountId() ? "/groups/mine"
                    : "/groups/" + id + "?done=memberRemoved#members");
        } catch (FormInvalidException e) {
            return again(id, authentication, e.errors(), "");
        }
    }

    @Post("/{id:[0-9]+}/representative")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> handOver(@PathVariable long id, @Body GroupForms.HandOverForm form, Authentication authentication) {
        try {
            long newRep = Long.parseLong(Text.orEmpty(form.newRepresentative()));
            members.handOver(Viewer.of(authentication), id, newRep);
            return Pages.redirect("/groups/" + id + "?done=handedOver#members");
        } catch (NumberFormatException e) {
            return again(id, authentication, FieldErrors.of("newRepresentative", "dir.error.choose"), "");
        } catch (FormInvalidException e) {
            return again(id, authentication, e.errors(), "");
        }
    }

    private HttpResponse<?> again(long id, Authentication authentication, FieldErrors errors, String memberEmail) {
        return pages.model(id, Viewer.orNull(authentication)).<HttpResponse<?>>map(model -> {
            model.put("memberEmail", Text.orEmpty(memberEmail));
            return Pages.invalid("directory/group", model, errors);
        }).orElseGet(HttpResponse::notFound);
    }
}
