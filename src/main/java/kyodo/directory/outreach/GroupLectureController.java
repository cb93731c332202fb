package kyodo.directory.outreach;

import kyodo.directory.groups.Group;
import kyodo.directory.groups.GroupFinder;
import kyodo.directory.internal.ActivityField;

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
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A group's representative keeps the group's outreach lectures and sees the requests for them.
 * Anyone else (other members too) is refused with 403; coordinators may act for the group.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/groups/{groupId:[0-9]+}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class GroupLectureController {

    private final LectureService lectures;
    private final LectureRequests requests;
    private final GroupFinder groups;

    GroupLectureController(LectureService lectures, LectureRequests requests, GroupFinder groups) {
        this.lectures = lectures;
        this.requests = requests;
        this.groups = groups;
    }

    private boolean allowed(long groupId, Authentication authentication) {
        return groups.find(groupId).isPresent()
                && lectures.canManage(Viewer.of(authentication), groupId);
    }

    private static HttpResponse<?> forbidden() {
        return HttpResponse.status(HttpStatus.FORBIDDEN);
    }

    @Get("/lectures")
    HttpResponse<?> manage(@PathVariable long groupId, @Nullable @QueryValue String done, Authentication authentication) {
        if (!allowed(groupId, authentication)) {
            return forbidden();
        }
        Group group = groups.find(groupId).orElseThrow();
        return Pages.page("directory/lectures/manage", Map.of("group", group, "lectures", lectures.ofGroup(groupId),
                "requests", requests.ofGroup(groupId), "notice", OutreachNotices.key(done)));
    }

    @Get("/lectures/new")
    HttpResponse<?> newForm(@PathVariable long groupId, Authentication authentication) {
        if (!allowed(groupId, authentication)) {
            return forbidden();
        }
        return Pages.page("directory/lectures/lecture-form",
                formModel(groups.find(groupId).orElseThrow(), LectureInput.empty(), "/groups/" + groupId + "/lectures"));
    }

    @Post("/lectures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@PathVariable long groupId, @Body LectureInput input, Authentication authentication) {
        if (!allowed(groupId, authentication)) {
            return forbidden();
        }
        try {
            lectures.create(Viewer.of(authentication), groupId, input);
            return Pages.redirect("/groups/" + groupId + "/lectures?done=lectureCreated");
        } catch (FormInvalidException e) {
            return Pages.invalid("directory/lectures/lecture-form",
                    formModel(groups.find(groupId).orElseThrow(), input, "/groups/" + groupId + "/lectures"), e.errors());
        }
    }

    @Get("/lectures/{id:[0-9]+}/edit")
    HttpResponse<?> editForm(@PathVariable long groupId, @PathVariable long id, Authentication authentication) {
        if (!allowed(groupId, authentication)) {
            return forbidden();
        }
        Lecture lecture = lectures.find(id).filter(l -> l.groupId() == groupId).orElse(null);
        if (lecture == null) {
            return HttpResponse.notFound();
        }
        return Pages.page("directory/lectures/lecture-form", formModel(groups.find(groupId).orElseThrow(),
                lecture.toInput(), "/groups/" + groupId + "/lectures/" + id + "/edit"));
    }

    @Post("/lectures/{id:[0-9]+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long groupId, @PathVariable long id, @Body LectureInput input,
                           Authentication authentication) {
        if (!allowed(groupId, authentication)) {
            return forbidden();
        }
        try {
            lectures.update(Viewer.of(authentication), groupId, id, input);
            return Pages.redirect("/groups/" + groupId + "/lectures?done=lectureSaved");
        } catch (FormInvalidException e) {
            if (e.errors().has(kyodo.core.FieldErrors.FORM)) {
                return HttpResponse.notFound();
            }
            return Pages.invalid("directory/lectures/lecture-form", formModel(groups.find(groupId).orElseThrow(), input,
                    "/groups/" + groupId + "/lectures/" + id + "/edit"), e.errors());
        }
    }

    /** A request for one of the group's lectures; the requester's contact only once 成立 (logged). */
    @Get("/lecture-requests/{id:[0-9]+}")
    HttpResponse<?> request(@PathVariable long groupId, @PathVariable long id, Authentication authentication) {
        if (!allowed(groupId, authentication)) {
            return forbidden();
        }
        return requests.viewForGroup(Viewer.of(authentication), groupId, id)
                .<HttpResponse<?>>map(view -> Pages.page("directory/lectures/group-request",
                        Map.of("group", groups.find(groupId).orElseThrow(), "r", view.request(),
                                "contactVisible", view.contactVisible())))
                .orElseGet(HttpResponse::notFound);
    }

    private static Map<String, Object> formModel(Group group, LectureInput input, String action) {
        Map<String, Object> model = new HashMap<>();
        model.put("group", group);
        model.put("form", input);
        model.put("action", action);
        model.put("editing", action.endsWith("/edit"));
        model.put("fields", Arrays.asList(ActivityField.values()));
        model.put("audiences", Arrays.asList(LectureAudience.values()));
        return model;
    }
}
