package kyodo.subsidies.web;

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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.subsidies.internal.ApplicationInput;
import kyodo.subsidies.internal.ReviewerDesk;
import kyodo.subsidies.internal.ReviewerDesk.ReviewerView;
import kyodo.subsidies.internal.Scoring;

import java.util.HashMap;
import java.util.Map;

/** 審査員: the applications of their review sessions, scoring and conflict declarations. */
@Produces(MediaType.TEXT_HTML)
@Controller("/review/subsidies")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ReviewerController {

    private final ReviewerDesk desk;
    private final Scoring scoring;

    ReviewerController(ReviewerDesk desk, Scoring scoring) {
        this.desk = desk;
        this.scoring = scoring;
    }

    private static long me(Authentication auth) {
        return Long.parseLong(auth.getName());
    }

    @Get
    HttpResponse<?> queue(Authentication auth) {
        return Pages.page("subsidies/review/queue", Map.of("items", desk.queue(me(auth))));
    }

    @Get("/applications/{id}")
    HttpResponse<?> show(@PathVariable long id, Authentication auth) {
        return desk.forReviewer(me(auth), id).<HttpResponse<?>>map(r -> page(r, Map.of(), null))
                .orElse(HttpResponse.notFound());
    }

    private HttpResponse<?> page(ReviewerView r, Map<String, ?> posted, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("r", r);
        Map<String, String> values = new HashMap<>();
        r.ownScores().forEach((criterion, score) -> values.put("score" + criterion, String.valueOf(score)));
        values.put("comment", r.own() == null || r.own().comment() == null ? "" : r.own().comment());
        posted.forEach((k, v) -> values.put(k, ApplicationInput.s(posted, k)));
        model.put("values", values);
        return errors == null ? Pages.page("subsidies/review/application", model)
                : Pages.invalid("subsidies/review/application", model, errors);
    }

    @Post("/applications/{id}/score")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> score(@PathVariable long id, @Body Map<String, Object> body, Authentication auth) {
        return act(id, auth, body, () -> scoring.score(me(auth), id, body));
    }

    @Post("/applications/{id}/conflict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> conflict(@PathVariable long id, @Body Map<String, Object> body, Authentication auth) {
        return act(id, auth, body, () -> scoring.declareConflict(me(auth), id, ApplicationInput.s(body, "reason")));
    }

    private HttpResponse<?> act(long id, Authentication auth, Map<String, Object> body, Runnable action) {
        ReviewerView r = desk.forReviewer(me(auth), id).orElse(null);
        if (r == null) {
            return HttpResponse.notFound();
        }
        try {
            action.run();
            return Pages.redirect("/review/subsidies/applications/" + id + "?saved=1");
        } catch (FormInvalidException e) {
            return page(r, body, e.errors());
        }
    }
}
