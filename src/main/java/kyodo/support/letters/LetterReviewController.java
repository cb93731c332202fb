package kyodo.support.letters;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Choice;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.support.letters.LetterForms.VoteForm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The promotion committee screens the nominations of a round and votes on each. */
@Produces(MediaType.TEXT_HTML)
@Controller("/review/letters")
@Secured(SecurityRule.IS_AUTHENTICATED)
class LetterReviewController {

    static final List<Choice> VOTES = List.of(Choice.keyed("RECOMMEND", "sup.vote.RECOMMEND"),
            Choice.keyed("NOT_RECOMMEND", "sup.vote.NOT_RECOMMEND"), Choice.keyed("INELIGIBLE", "sup.vote.INELIGIBLE"));

    private final Rounds rounds;
    private final Committee committee;

    LetterReviewController(Rounds rounds, Committee committee) {
        this.rounds = rounds;
        this.committee = committee;
    }

    @Get
    HttpResponse<?> rounds() {
        return Pages.page("support/review/rounds", Map.of("rounds", rounds.all()));
    }

    @Get("/{roundId:[0-9]+}")
    HttpResponse<?> round(long roundId, @Nullable @QueryValue String done, Authentication auth) {
        return rounds.find(roundId).<HttpResponse<?>>map(r -> Pages.page("support/review/round",
                model(r, Viewer.of(auth).accountId(), "voted".equals(done)))).orElse(HttpResponse.notFound());
    }

    private Map<String, Object> model(LetterRound round, long me, boolean done) {
        Map<String, Object> model = new HashMap<>();
        model.put("round", round);
        model.put("lines", committee.lines(round.id(), me));
        model.put("votes", VOTES);
        model.put("done", done);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/nominations/{id:[0-9]+}/vote")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> vote(long id, @Body VoteForm form, Authentication auth) {
        long me = Viewer.of(auth).accountId();
        try {
            committee.vote(id, me, form);
            long roundId = committee.roundOf(id);
            return Pages.redirect("/review/letters/" + roundId + "?done=voted#n" + id);
        } catch (FormInvalidException e) {
            Long roundId = committee.roundOfOrNull(id);
            if (roundId == null) {
                return HttpResponse.notFound();
            }
            return Pages.invalid("support/review/round", model(rounds.find(roundId).orElseThrow(), me, false), e.errors());
        }
    }
}
