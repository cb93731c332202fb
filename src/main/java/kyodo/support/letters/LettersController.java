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
import kyodo.core.AccountsApi;
import kyodo.core.AccountSummary;
import kyodo.core.CityClock;
import kyodo.core.Choice;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.directory.DirectoryApi;
import kyodo.support.letters.LetterForms.NominationForm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 感謝状 for citizens: how it works and who received one, the nomination form, one's own nominations. */
@Produces(MediaType.TEXT_HTML)
@Controller("/support/letters")
@Secured(SecurityRule.IS_ANONYMOUS)
class LettersController {

    private final Rounds rounds;
    private final Nominations nominations;
    private final Recipients recipients;
    private final DirectoryApi directory;
    private final AccountsApi accounts;
    private final CityClock clock;

    LettersController(Rounds rounds, Nominations nominations, Recipients recipients, DirectoryApi directory,
                      AccountsApi accounts, CityClock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.recipients = recipients;
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> index() {
        Map<String, Object> model = new HashMap<>();
        LetterRound round = rounds.current().orElse(null);
        model.put("round", round);
        model.put("open", round != null && round.openOn(clock.today()));
        model.put("years", recipients.years());
        return Pages.page("support/letters/index", model);
    }

    @Get("/nominate")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> form(Authentication auth) {
        String name = accounts.find(Viewer.of(auth).accountId()).map(AccountSummary::displayName).orElse("");
        return Pages.page("support/letters/nominate", model(NominationForm.empty(name)));
    }

    private Map<String, Object> model(NominationForm form) {
        Map<String, Object> model = new HashMap<>();
        LetterRound round = rounds.current().orElse(null);
        model.put("form", form);
        model.put("round", round);
        model.put("open", round != null && round.openOn(clock.today()));
        model.put("kinds", List.of(Choice.keyed("GROUP", "sup.nominee.kind.GROUP"), Choice.keyed("PERSON", "sup.nominee.kind.PERSON")));
        model.put("groups", directory.approvedGroups("", 500).stream().map(g -> Choice.named(Long.toString(g.id()), g.name())).toList());
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/nominate")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> nominate(@Body NominationForm form, Authentication auth) {
        try {
            nominations.nominate(Viewer.of(auth).accountId(), form);
            return Pages.redirect("/support/letters/mine?done=nominated");
        } catch (FormInvalidException e) {
            return Pages.invalid("support/letters/nominate", model(form), e.errors());
        }
    }

    @Get("/mine")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> mine(@Nullable @QueryValue String done, Authentication auth) {
        return Pages.page("support/letters/mine", Map.of("nominations", nominations.mine(Viewer.of(auth).accountId()),
                "done", "nominated".equals(done)));
    }
}
