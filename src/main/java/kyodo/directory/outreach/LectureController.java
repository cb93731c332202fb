package kyodo.directory.outreach;

import kyodo.core.SharedPage;
import kyodo.directory.groups.GroupFinder;
import kyodo.directory.internal.ActivityField;
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
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** 出前講座「架け橋」: the public catalog, a lecture's page, and a signed-in person's requests. */
@Produces(MediaType.TEXT_HTML)
@Controller("/lectures")
@Secured(SecurityRule.IS_ANONYMOUS)
class LectureController {

    private final LectureService lectures;
    private final LectureRequests requests;
    private final GroupFinder groups;
    private final AccountsApi accounts;

    LectureController(LectureService lectures, LectureRequests requests, GroupFinder groups,
                      AccountsApi accounts) {
        this.lectures = lectures;
        this.requests = requests;
        this.groups = groups;
        this.accounts = accounts;
    }

    @SharedPage
    @Get
    HttpResponse<?> catalog(@Nullable @QueryValue String q, @Nullable @QueryValue String field,
                            @Nullable @QueryValue String audience) {
        var search = new LectureService.Search(Text.clean(q), ActivityField.parse(field), LectureAudience.parse(audience));
        return Pages.page("directory/lectures/catalog", Map.of("lectures", lectures.catalog(search),
                "q", Text.orEmpty(search.text()), "field", search.field() == null ? "" : search.field().name(),
                "audience", search.audience() == null ? "" : search.audience().name(),
                "fields", Arrays.asList(ActivityField.values()), "audiences", Arrays.asList(LectureAudience.values())));
    }

    /** Public when published by an approved group; the group's representative and coordinators may preview it. */
    @SharedPage
    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(@PathVariable long id, @Nullable Authentication authentication) {
        Lecture lecture = lectures.find(id).orElse(null);
        if (lecture == null || !lecture.isPublic() && (authentication == null
                || !lectures.canManage(Viewer.of(authentication), lecture.groupId()))) {
            return HttpResponse.notFound();
        }
        return Pages.page("directory/lectures/lecture", Map.of("lecture", lecture,
                "group", groups.find(lecture.groupId()).orElseThrow()));
    }

    @Get("/{id:[0-9]+}/request")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> requestForm(@PathVariable long id, Authentication authentication) {
        Lecture lecture = lectures.findPublic(id).orElse(null);
        if (lecture == null) {
            return HttpResponse.notFound();
        }
        AccountSummary me = accounts.find(Viewer.of(authentication).accountId()).orElseThrow();
        return Pages.page("directory/lectures/request-form",
                Map.of("lecture", lecture, "form", LectureRequestInput.empty(me.displayName(), me.email())));
    }

    @Post("/{id:[0-9]+}/request")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> request(@PathVariable long id, @Body LectureRequestInput input, Authentication authentication) {
        Lecture lecture = lectures.findPublic(id).orElse(null);
        if (lecture == null) {
            return HttpResponse.notFound();
        }
        try {
            long requestId = requests.create(Viewer.of(authentication).accountId(), id, input);
            return Pages.redirect("/lectures/requests/" + requestId + "?done=requestSent");
        } catch (FormInvalidException e) {
            return Pages.invalid("directory/lectures/request-form", Map.of("lecture", lecture, "form", input),
                    e.errors());
        }
    }

    @Get("/requests/mine")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> mine(Authentication authentication) {
        return Pages.page("directory/lectures/my-requests",
                Map.of("requests", requests.ofAccount(Viewer.of(authentication).accountId())));
    }

    /** The requester's own request: what was sent (the confirmation page) and where it stands. */
    @Get("/requests/{id:[0-9]+}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> ownRequest(@PathVariable long id, @Nullable @QueryValue String done, Authentication authentication) {
        LectureRequest request = requests.findOwn(Viewer.of(authentication).accountId(), id).orElse(null);
        if (request == null) {
            return HttpResponse.notFound();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("r", request);
        model.put("history", requests.history(id));
        model.put("notice", OutreachNotices.key(done));
        return Pages.page("directory/lectures/request", model);
    }

    @Post("/requests/{id:[0-9]+}/withdraw")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(@PathVariable long id, Authentication authentication) {
        long me = Viewer.of(authentication).accountId();
        LectureRequest request = requests.findOwn(me, id).orElse(null);
        if (request == null) {
            return HttpResponse.notFound();
        }
        try {
            requests.withdraw(me, id);
            return Pages.redirect("/lectures/requests/" + id + "?done=withdrawn");
        } catch (FormInvalidException e) {
            Map<String, Object> model = new HashMap<>();
            model.put("r", request);
            model.put("history", requests.history(id));
            model.put("notice", "");
            return Pages.invalid("directory/lectures/request", model, e.errors());
        }
    }
}
