package kyodo.directory.board;

import kyodo.directory.groups.GroupForms;
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
import kyodo.directory.internal.Notices;
import kyodo.directory.internal.Text;

import java.util.Map;

/** Coordinators: approve board posts and see open requests and their age (matching is in the matching console). */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/board")
@Secured(SecurityRule.IS_AUTHENTICATED)
class BoardAdminController {

    private final PostService posts;

    BoardAdminController(PostService posts) {
        this.posts = posts;
    }

    @Get
    HttpResponse<?> overview(@Nullable @QueryValue String done, @Nullable @QueryValue Integer page) {
        PostService.QueuePage queue = posts.pendingPage(page == null ? 1 : page);
        return Pages.page("directory/admin/board", Map.of("pending", queue.posts(), "queue", queue,
                "open", posts.openRequestsWithoutMatch(), "notice", Text.orEmpty(Notices.key(done))));
    }

    @Post("/{id:[0-9]+}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> approve(@PathVariable long id, Authentication authentication) {
        try {
            posts.approve(Viewer.of(authentication).accountId(), id);
            return Pages.redirect("/admin/board?done=approved");
        } catch (FormInvalidException e) {
            return Pages.redirect("/admin/board");
        }
    }

    @Post("/{id:[0-9]+}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reject(@PathVariable long id, @Body GroupForms.RejectForm form, Authentication authentication) {
        try {
            posts.reject(Viewer.of(authentication).accountId(), id, form.rejectReason());
            return Pages.redirect("/admin/board?done=rejected");
        } catch (FormInvalidException e) {
            if (e.errors().has(FieldErrors.FORM)) {
                return Pages.redirect("/admin/board");
            }
            // The post being refused stays in view with its message, whichever page of the queue it is on.
            PostService.QueuePage queue = posts.pendingPage(1);
            java.util.List<BoardPost> shown = new java.util.ArrayList<>(queue.posts());
            if (shown.stream().noneMatch(p -> p.id() == id)) {
                posts.find(id).ifPresent(p -> shown.add(0, p));
            }
            return Pages.invalid("directory/admin/board", Map.of("pending", shown, "queue", queue,
                    "open", posts.openRequestsWithoutMatch(), "notice", "", "rejecting", id), e.errors());
        }
    }
}
