package kyodo.directory.matching;

import kyodo.directory.board.PostService;
import kyodo.directory.internal.Notices;
import kyodo.directory.volunteers.Volunteer;
import kyodo.directory.volunteers.VolunteerService;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;

import java.util.HashMap;
import java.util.Map;

/** A volunteer answers a request (the e-mail links here) and leaves feedback afterwards. */
@Produces(MediaType.TEXT_HTML)
@Controller("/volunteer/matches")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MyMatchesController {

    private final MatchService matches;
    private final VolunteerService volunteers;
    private final PostService posts;

    MyMatchesController(MatchService matches, VolunteerService volunteers, PostService posts) {
        this.matches = matches;
        this.volunteers = volunteers;
        this.posts = posts;
    }

    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(@PathVariable long id, @io.micronaut.core.annotation.Nullable
                         @io.micronaut.http.annotation.QueryValue String done, Authentication authentication) {
        Map<String, Object> model = model(id, authentication);
        if (model == null) {
            return HttpResponse.notFound();
        }
        model.put("notice", Notices.key(done));
        return Pages.page("directory/my-match", model);
    }

    private Map<String, Object> model(long id, Authentication authentication) {
        Volunteer me = volunteers.findByAccount(Viewer.of(authentication).accountId()).orElse(null);
        Match match = matches.find(id).orElse(null);
        if (me == null || match == null || match.volunteerId() != me.id()) {
            return null;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("match", match);
        model.put("post", posts.find(match.postId()).orElseThrow());
        model.put("feedback", match.volunteerFeedback() == null ? "" : match.volunteerFeedback());
        return model;
    }

    @Post("/{id:[0-9]+}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(@PathVariable long id, Authentication authentication) {
        return respond(id, authentication, true);
    }

    @Post("/{id:[0-9]+}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decline(@PathVariable long id, Authentication authentication) {
        return respond(id, authentication, false);
    }

    @Post("/{id:[0-9]+}/feedback")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> feedback(@PathVariable long id, @Body MatchForms.FeedbackForm form, Authentication authentication) {
        try {
            matches.feedback(Viewer.of(authentication).accountId(), id, form.feedback());
            return Pages.redirect("/volunteer/matches/" + id + "?done=saved");
        } catch (FormInvalidException e) {
            Map<String, Object> model = model(id, authentication);
            if (model == null) {
                return HttpResponse.notFound();
            }
            model.put("feedback", form.feedback() == null ? "" : form.feedback());
            return Pages.invalid("directory/my-match", model, e.errors());
        }
    }

    private HttpResponse<?> respond(long id, Authentication authentication, boolean accept) {
        try {
            matches.respond(Viewer.of(authentication).accountId(), id, accept);
            return Pages.redirect("/volunteer/matches/" + id + "?done=" + (accept ? "accepted" : "declined"));
        } catch (FormInvalidException e) {
            Map<String, Object> model = model(id, authentication);
            return model == null ? HttpResponse.notFound() : Pages.invalid("directory/my-match", model, e.errors());
        }
    }
}
