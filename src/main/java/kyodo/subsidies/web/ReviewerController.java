package kyodo.subsidies.web;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.subsidies.internal.Forms.ConflictForm;
import kyodo.subsidies.internal.Forms.ScoreForm;
import kyodo.subsidies.internal.ReviewerDesk;
import kyodo.subsidies.internal.ReviewerDesk.ReviewerView;
import kyodo.subsidies.internal.Scoring;
import kyodo.subsidies.internal.SubsidyPermissions;
import kyodo.subsidies.internal.SubsidyPermissions.Access;

import java.util.HashMap;
import java.util.Map;

/** 審査員: the applications of their review sessions, scoring and conflict declarations. */
@Produces(MediaType.TEXT_HTML)
@Controller("/review/subsidies")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ReviewerController {

    private final ReviewerDesk desk;
    private final Scoring scoring;
    private final SubsidyPermissions permissions;

    ReviewerController(ReviewerDesk desk, Scoring scoring, SubsidyPermissions permissions) {
        this.desk = desk;
        this.scoring = scoring;
        this.permissions = permissions;
    }

    private static long me(Authentication auth) {
        return Long.parseLong(auth.getName());
    }

    @Get
    HttpResponse<?> queue(Authentication auth) {
        return Pages.page("subsidies/review/queue", Map.of("items", desk.queue(me(auth))));
    }

    /** The page of an application the reviewer reviews; 403 for one they may not read (not screened, not theirs). */
    @Get("/applications/{id}")
    HttpResponse<?> show(@PathVariable long id, Authentication auth) {
        return switch (permissions.reviewPage(Viewer.of(auth), id)) {
            case ALLOWED -> desk.forReviewer(me(auth), id).<HttpResponse<?>>map(r -> page(r, ownScores(r),
                    new ConflictForm(null), null)).orElse(HttpResponse.notFound());
            case FORBIDDEN -> HttpResponse.status(HttpStatus.FORBIDDEN);
            case NOT_FOUND -> HttpResponse.notFound();
        };
    }

    /** The reviewer's saved scores as the score form shows them. */
    private static ScoreForm ownScores(ReviewerView r) {
        return new ScoreForm(r.criteria().stream().map(c -> String.valueOf(c.id())).toList(),
                r.criteria().stream().map(c -> r.ownScores().containsKey(c.id())
                        ? String.valueOf(r.ownScores().get(c.id())) : "").toList(),
                r.own() == null ? null : r.own().comment());
    }

    private HttpResponse<?> page(ReviewerView r, ScoreForm score, ConflictForm conflict, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("r", r);
        model.put("scoreForm", score);
        model.put("conflictForm", conflict);
        return errors == null ? Pages.page("subsidies/review/application", model)
                : Pages.invalid("subsidies/review/application", model, errors);
    }

    @Post("/applications/{id}/score")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> score(@PathVariable long id, @Body ScoreForm form, Authentication auth) {
        if (permissions.reviewPage(Viewer.of(auth), id) != Access.ALLOWED) {
            return show(id, auth);
        }
        try {
            scoring.score(me(auth), id, form);
            return Pages.redirect("/review/subsidies/applications/" + id + "?saved=1");
        } catch (FormInvalidException e) {
            return desk.forReviewer(me(auth), id).<HttpResponse<?>>map(r -> page(r, form, new ConflictForm(null),
                    e.errors())).orElse(HttpResponse.notFound());
        }
    }

    @Post("/applications/{id}/conflict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> conflict(@PathVariable long id, @Body ConflictForm form, Authentication auth) {
        if (permissions.reviewPage(Viewer.of(auth), id) != Access.ALLOWED) {
            return show(id, auth);
        }
        try {
            scoring.declareConflict(me(auth), id, form);
            return Pages.redirect("/review/subsidies/applications/" + id + "?saved=1");
        } catch (FormInvalidException e) {
            return desk.forReviewer(me(auth), id).<HttpResponse<?>>map(r -> page(r, ownScores(r), form, e.errors()))
                    .orElse(HttpResponse.notFound());
        }
    }
}
