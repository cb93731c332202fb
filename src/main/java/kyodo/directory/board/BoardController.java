package kyodo.directory.board;

import kyodo.core.SharedPage;
import kyodo.directory.matching.MatchForms;
import kyodo.directory.groups.GroupFinder;
import kyodo.directory.internal.DirectoryPermissions;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.Availability;
import kyodo.directory.internal.Notices;
import kyodo.directory.internal.Text;
import kyodo.directory.matching.MatchService;
import kyodo.directory.volunteers.Volunteer;

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
import kyodo.core.CityClock;
import kyodo.core.Pages;
import kyodo.core.Viewer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The もとむ/ゆずる board: public list and posts, posting, closing, the requester's view of matches. */
@Produces(MediaType.TEXT_HTML)
@Controller("/board")
@Secured(SecurityRule.IS_ANONYMOUS)
class BoardController {

    private final PostService posts;
    private final MatchService matches;
    private final GroupFinder groups;
    private final DirectoryPermissions permissions;
    private final CityClock clock;

    BoardController(PostService posts, MatchService matches, GroupFinder groups, DirectoryPermissions permissions,
                    CityClock clock) {
        this.posts = posts;
        this.matches = matches;
        this.groups = groups;
        this.permissions = permissions;
        this.clock = clock;
    }

    @SharedPage
    @Get
    HttpResponse<?> list(@Nullable @QueryValue String kind, @Nullable @QueryValue String field,
                         @Nullable @QueryValue String q) {
        BoardPost.Kind k = "OFFER".equals(kind) ? BoardPost.Kind.OFFER : "REQUEST".equals(kind) ? BoardPost.Kind.REQUEST : null;
        ActivityField f = ActivityField.parse(field);
        String text = Text.clean(q);
        return Pages.page("directory/board", Map.of("posts", posts.published(k, f, text, 100),
                "kind", k == null ? "" : k.name(), "field", f == null ? "" : f.name(), "q", Text.orEmpty(text),
                "fields", Arrays.asList(ActivityField.values())));
    }

    @Get("/mine")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> mine(Authentication authentication) {
        return Pages.page("directory/my-posts", Map.of("posts", posts.byAccount(Viewer.of(authentication).accountId())));
    }

    @SharedPage
    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(@PathVariable long id, @Nullable @QueryValue String done,
                         @Nullable Authentication authentication) {
        Map<String, Object> model = model(id, authentication);
        if (model == null) {
            return HttpResponse.notFound();
        }
        model.put("notice", Notices.key(done));
        return Pages.page("directory/post", model);
    }

    /** Null when the visitor may not see the post (not public, and neither the poster nor a coordinator). */
    private Map<String, Object> model(long id, @Nullable Authentication authentication) {
        BoardPost post = posts.find(id).orElse(null);
        if (post == null) {
            return null;
        }
        Viewer viewer = Viewer.orNull(authentication);
        boolean owner = permissions.owns(viewer, post.accountId());
        boolean coordinator = permissions.coordinates(viewer);
        if (!permissions.canSeePost(viewer, post.accountId(), post.isPublic(clock.today()))) {
            return null;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("post", post);
        model.put("today", clock.today());
        model.put("owner", owner);
        model.put("coordinator", coordinator);
        model.put("group", post.groupId() == null ? null : groups.find(post.groupId()).orElse(null));
        // The poster sees who accepted, and contact details only where the volunteer consented.
        Map<MatchService.MatchView, Volunteer> contacts = new LinkedHashMap<>();
        if (owner) {
            for (MatchService.MatchView m : matches.forPost(id)) {
                contacts.put(m, matches.contactForRequester(viewer, m.match(), post).orElse(null));
            }
        }
        model.put("matches", contacts);
        model.put("feedback", "");
        return model;
    }

    @Get("/new")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> newForm(@Nullable @QueryValue String kind, Authentication authentication) {
        return Pages.page("directory/post-form", formModel(PostInput.empty("OFFER".equals(kind) ? "OFFER" : "REQUEST"),
                authentication));
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body PostInput input, Authentication authentication) {
        long accountId = Viewer.of(authentication).accountId();
        try {
            long id = posts.create(accountId, input);
            return Pages.redirect("/board/" + id + "?done=sent");
        } catch (FormInvalidException e) {
            return Pages.invalid("directory/post-form", formModel(input, authentication), e.errors());
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            // The same form sent at the same moment: the other sending created the post.
            long id = posts.sentBefore(accountId, input.formKey()).filter(x -> kyodo.core.UniqueKeys.violated(e)).orElseThrow(() -> e);
            return Pages.redirect("/board/" + id + "?done=sent");
        }
    }

    @Post("/{id:[0-9]+}/close")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(@PathVariable long id, Authentication authentication) {
        try {
            posts.close(Viewer.of(authentication), id);
            return Pages.redirect("/board/" + id + "?done=closed");
        } catch (FormInvalidException e) {
            return again(id, authentication, e.errors());
        }
    }

    @Post("/{id:[0-9]+}/matches/{matchId:[0-9]+}/feedback")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> feedback(@PathVariable long id, @PathVariable long matchId, @Body MatchForms.FeedbackForm form,
                             Authentication authentication) {
        try {
            matches.feedback(Viewer.of(authentication).accountId(), matchId, form.feedback());
            return Pages.redirect("/board/" + id + "?done=saved");
        } catch (FormInvalidException e) {
            return again(id, authentication, e.errors());
        }
    }

    @Post("/{id:[0-9]+}/matches/{matchId:[0-9]+}/cancel")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(@PathVariable long id, @PathVariable long matchId, @Body MatchForms.CancelForm form,
                           Authentication authentication) {
        try {
            matches.cancel(Viewer.of(authentication), matchId, form.cancelReason());
            return Pages.redirect("/board/" + id + "?done=cancelled");
        } catch (FormInvalidException e) {
            return again(id, authentication, e.errors());
        }
    }

    private HttpResponse<?> again(long id, Authentication authentication, FieldErrors errors) {
        Map<String, Object> model = model(id, authentication);
        return model == null ? HttpResponse.notFound() : Pages.invalid("directory/post", model, errors);
    }

    private Map<String, Object> formModel(PostInput input, Authentication authentication) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", input);
        model.put("kinds", Arrays.asList(BoardPost.Kind.values()));
        model.put("categories", Arrays.asList(BoardPost.Category.values()));
        model.put("properties", Arrays.asList(BoardPost.PropertyKind.values()));
        model.put("fields", Arrays.asList(ActivityField.values()));
        model.put("days", Availability.DAYS);
        model.put("periods", Availability.PERIODS);
        model.put("myGroups", groups.groupsOf(Viewer.of(authentication).accountId()).keySet().stream()
                .filter(g -> g.approved()).toList());
        return model;
    }
}
