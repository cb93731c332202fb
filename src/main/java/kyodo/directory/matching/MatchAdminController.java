package kyodo.directory.matching;

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
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.directory.board.BoardPost;
import kyodo.directory.board.PostService;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.Notices;
import kyodo.directory.internal.Text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The coordinators' matching console for one request: ranked suggestions with reasons, filters, the matches. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/board/{id:[0-9]+}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MatchAdminController {

    /** Candidates per page: the choices offered, the first one by default. */
    static final List<Integer> PAGE_SIZES = List.of(10, 20, 50);

    private final PostService posts;
    private final MatchSuggestions suggestions;
    private final MatchService matches;
    private final HttpLocaleResolver locales;
    private final CityClock clock;

    MatchAdminController(PostService posts, MatchSuggestions suggestions, MatchService matches,
                         HttpLocaleResolver locales, CityClock clock) {
        this.posts = posts;
        this.suggestions = suggestions;
        this.matches = matches;
        this.locales = locales;
        this.clock = clock;
    }

    @Get("/match")
    HttpResponse<?> console(@PathVariable long id, @Nullable @QueryValue String field,
                            @Nullable @QueryValue String district, @Nullable @QueryValue String available,
                            @Nullable @QueryValue String q, @Nullable @QueryValue String page,
                            @Nullable @QueryValue String size, @Nullable @QueryValue String done, HttpRequest<?> request) {
        Map<String, Object> model = consoleModel(id, field, district, available, q, page, size,
                locales.resolveOrDefault(request));
        if (model == null) {
            return HttpResponse.notFound();
        }
        model.put("notice", Notices.key(done));
        return Pages.page("directory/admin/match", model);
    }

    /** A whole number typed in the address bar, or the fallback (text, blanks or huge numbers never fail). */
    static int whole(String value, int fallback) {
        String v = Text.clean(value);
        return v != null && v.matches("\\d{1,6}") ? Integer.parseInt(v) : fallback;
    }

    private Map<String, Object> consoleModel(long id, String field, String district, String available, String q,
                                             String page, String size, Locale locale) {
        BoardPost post = posts.find(id).filter(p -> p.kind() == BoardPost.Kind.REQUEST).orElse(null);
        if (post == null) {
            return null;
        }
        var filters = new MatchSuggestions.Filters(ActivityField.parse(field), Text.clean(district), Text.clean(available) != null,
                Text.clean(q));
        Map<String, Object> model = new HashMap<>();
        model.put("post", post);
        int pageSize = PAGE_SIZES.contains(whole(size, 0)) ? whole(size, 0) : PAGE_SIZES.get(0);
        model.put("suggestions", post.isPublic(clock.today())
                ? suggestions.page(post, filters, whole(page, 1), pageSize, locale)
                : new MatchSuggestions.SuggestionPage(List.of(), 0, 1, pageSize));
        model.put("size", pageSize);
        model.put("sizes", PAGE_SIZES);
        model.put("matches", matches.forPost(id));
        model.put("fields", Arrays.asList(ActivityField.values()));
        model.put("field", filters.field() == null ? "" : filters.field().name());
        model.put("district", Text.orEmpty(filters.district()));
        model.put("available", filters.availableOnly());
        model.put("q", Text.orEmpty(filters.text()));
        return model;
    }

    @Post("/match")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> propose(@PathVariable long id, @Body MatchForms.ProposeForm form, Authentication authentication,
                            HttpRequest<?> request) {
        try {
            long volunteerId = Long.parseLong(Text.orEmpty(form.volunteerId()));
            matches.propose(Viewer.of(authentication).accountId(), id, volunteerId, form.reasons());
            return Pages.redirect("/admin/board/" + id + "/match?done=proposed");
        } catch (NumberFormatException e) {
            return consoleAgain(id, FieldErrors.of(FieldErrors.FORM, "core.error.notFound"), request);
        } catch (FormInvalidException e) {
            return consoleAgain(id, e.errors(), request);
        }
    }

    @Post("/matches/{matchId:[0-9]+}/{action:(accept|decline|complete|correct|reopen|cancel)}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> matchAction(@PathVariable long id, @PathVariable long matchId, @PathVariable String action,
                                @Body MatchForms.MatchActionForm form, Authentication authentication, HttpRequest<?> request) {
        Viewer actor = Viewer.of(authentication);
        try {
            switch (action) {
                case "accept" -> matches.respondFor(actor.accountId(), matchId, true);
                case "decline" -> matches.respondFor(actor.accountId(), matchId, false);
                case "complete" -> matches.complete(actor.accountId(), matchId, form.activityDate(), form.minutes());
                case "correct" -> matches.correct(actor.accountId(), matchId, form.activityDate(), form.minutes());
                case "reopen" -> matches.reopen(actor.accountId(), matchId);
                default -> matches.cancel(actor, matchId, form.cancelReason());
            }
            String done = switch (action) {
                case "accept" -> "accepted";
                case "decline" -> "declined";
                case "complete" -> "completed";
                case "correct" -> "corrected";
                case "reopen" -> "reopened";
                default -> "cancelled";
            };
            return Pages.redirect("/admin/board/" + id + "/match?done=" + done + "#matches");
        } catch (FormInvalidException e) {
            return consoleAgain(id, e.errors(), request);
        }
    }

    private HttpResponse<?> consoleAgain(long id, FieldErrors errors, HttpRequest<?> request) {
        Map<String, Object> model = consoleModel(id, null, null, null, null, null, null,
                locales.resolveOrDefault(request));
        return model == null ? HttpResponse.notFound() : Pages.invalid("directory/admin/match", model, errors);
    }
}
