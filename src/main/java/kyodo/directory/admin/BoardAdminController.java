package kyodo.directory.admin;

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
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.MatchService;
import kyodo.directory.internal.BoardPost;
import kyodo.directory.internal.PostService;
import kyodo.directory.internal.Text;
import kyodo.directory.web.Notices;
import kyodo.directory.web.Visitors;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Coordinators: approve board posts, see open requests and their age, and match volunteers to requests. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/board")
@Secured(SecurityRule.IS_AUTHENTICATED)
class BoardAdminController {

    private static final int SUGGESTIONS = 20;

    private final PostService posts;
    private final MatchService matches;

    BoardAdminController(PostService posts, MatchService matches) {
        this.posts = posts;
        this.matches = matches;
    }

    @Get
    HttpResponse<?> overview(@Nullable @QueryValue String done) {
        return Pages.page("directory/admin/board", Map.of("pending", posts.byStatus(BoardPost.Status.PENDING),
                "open", posts.openRequestsWithoutMatch(), "notice", Text.orEmpty(Notices.key(done))));
    }

    @Post("/{id:[0-9]+}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> approve(@PathVariable long id, Authentication authentication) {
        try {
            posts.approve(Visitors.id(authentication), id);
            return Pages.redirect("/admin/board?done=approved");
        } catch (FormInvalidException e) {
            return Pages.redirect("/admin/board");
        }
    }

    @Post("/{id:[0-9]+}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reject(@PathVariable long id, @Body Map<String, String> body, Authentication authentication) {
        try {
            posts.reject(Visitors.id(authentication), id, body.get("rejectReason"));
            return Pages.redirect("/admin/board?done=rejected");
        } catch (FormInvalidException e) {
            if (e.errors().has(FieldErrors.FORM)) {
                return Pages.redirect("/admin/board");
            }
            return Pages.invalid("directory/admin/board", Map.of("pending", posts.byStatus(BoardPost.Status.PENDING),
                    "open", posts.openRequestsWithoutMatch(), "notice", "", "rejecting", id), e.errors());
        }
    }

    /** The matching console for one request: ranked suggestions with reasons, filters, a manual search. */
    @Get("/{id:[0-9]+}/match")
    HttpResponse<?> console(@PathVariable long id, @Nullable @QueryValue String field,
                            @Nullable @QueryValue String district, @Nullable @QueryValue String available,
                            @Nullable @QueryValue String q, @Nullable @QueryValue String done) {
        Map<String, Object> model = consoleModel(id, field, district, available, q);
        if (model == null) {
            return HttpResponse.notFound();
        }
        model.put("notice", Notices.key(done));
        return Pages.page("directory/admin/match", model);
    }

    private Map<String, Object> consoleModel(long id, String field, String district, String available, String q) {
        BoardPost post = posts.find(id).filter(p -> p.kind() == BoardPost.Kind.REQUEST).orElse(null);
        if (post == null) {
            return null;
        }
        var filters = new MatchService.Filters(ActivityField.parse(field), Text.clean(district), available != null,
                Text.clean(q));
        Map<String, Object> model = new HashMap<>();
        model.put("post", post);
        model.put("suggestions", post.isPublic() ? matches.suggest(post, filters, SUGGESTIONS) : java.util.List.of());
        model.put("matches", matches.forPost(id));
        model.put("fields", Arrays.asList(ActivityField.values()));
        model.put("field", filters.field() == null ? "" : filters.field().name());
        model.put("district", Text.orEmpty(filters.district()));
        model.put("available", filters.availableOnly());
        model.put("q", Text.orEmpty(filters.text()));
        return model;
    }

    @Post("/{id:[0-9]+}/match")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> propose(@PathVariable long id, @Body Map<String, String> body, Authentication authentication) {
        try {
            long volunteerId = Long.parseLong(Text.orEmpty(body.get("volunteerId")));
            matches.propose(Visitors.id(authentication), id, volunteerId, body.get("reasons"));
            return Pages.redirect("/admin/board/" + id + "/match?done=proposed");
        } catch (NumberFormatException e) {
            return consoleAgain(id, FieldErrors.of(FieldErrors.FORM, "core.error.notFound"));
        } catch (FormInvalidException e) {
            return consoleAgain(id, e.errors());
        }
    }

    @Post("/{id:[0-9]+}/matches/{matchId:[0-9]+}/{action:(accept|decline|complete|cancel)}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> matchAction(@PathVariable long id, @PathVariable long matchId, @PathVariable String action,
                                @Body Map<String, String> body, Authentication authentication) {
        long actor = Visitors.id(authentication);
        try {
            switch (action) {
                case "accept" -> matches.respondFor(actor, matchId, true);
                case "decline" -> matches.respondFor(actor, matchId, false);
                case "complete" -> matches.complete(actor, matchId, body.get("activityDate"), body.get("minutes"));
                default -> matches.cancel(actor, Visitors.roles(authentication), matchId, body.get("cancelReason"));
            }
            String done = switch (action) {
                case "accept" -> "accepted";
                case "decline" -> "declined";
                case "complete" -> "completed";
                default -> "cancelled";
            };
            return Pages.redirect("/admin/board/" + id + "/match?done=" + done + "#matches");
        } catch (FormInvalidException e) {
            return consoleAgain(id, e.errors());
        }
    }

    private HttpResponse<?> consoleAgain(long id, FieldErrors errors) {
        Map<String, Object> model = consoleModel(id, null, null, null, null);
        return model == null ? HttpResponse.notFound() : Pages.invalid("directory/admin/match", model, errors);
    }
}
