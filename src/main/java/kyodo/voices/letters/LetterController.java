package kyodo.voices.letters;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.AccountsApi;
import kyodo.core.Choice;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.voices.letters.LetterForms.LetterForm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 市政へのご意見・市長への手紙 for citizens: the form, the receipt (with the reply once it is approved), and the
 * letters published with the senders' agreement, without their personal details.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/voices/letters")
@Secured(SecurityRule.IS_ANONYMOUS)
class LetterController {

    private final LetterIntake intake;
    private final AccountsApi accounts;

    LetterController(LetterIntake intake, AccountsApi accounts) {
        this.intake = intake;
        this.accounts = accounts;
    }

    static List<Choice> topics() {
        return Letter.TOPICS.stream().map(t -> Choice.keyed(t, "voi.letter.topic." + t)).toList();
    }

    static List<Choice> recipients() {
        return List.of(Choice.keyed("CITY", "voi.letter.to.CITY"), Choice.keyed("MAYOR", "voi.letter.to.MAYOR"));
    }

    @Get
    HttpResponse<?> published() {
        return Pages.page("voices/letters", Map.of("letters", intake.published()));
    }

    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(@PathVariable long id) {
        return intake.publishedLetter(id).<HttpResponse<?>>map(l -> Pages.page("voices/letter", Map.of("letter", l)))
                .orElseGet(HttpResponse::notFound);
    }

    @Get("/new")
    HttpResponse<?> form(@Nullable Authentication authentication) {
        var me = authentication == null ? null : accounts.find(Viewer.of(authentication).accountId()).orElse(null);
        LetterForm empty = new LetterForm("CITY", null, null, null, null, me == null ? null : me.displayName(),
                me == null ? null : me.email(), null, null, null);
        return Pages.page("voices/letter-form", model(empty));
    }

    private static Map<String, Object> model(LetterForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("topics", topics());
        model.put("recipients", recipients());
        model.put("targetDays", Letter.TARGET_DAYS);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> send(@Body LetterForm form, @Nullable Authentication authentication) {
        try {
            Letter letter = intake.submit(Viewer.orNull(authentication), form);
            return Pages.redirect("/voices/letters/receipts/" + letter.receiptToken());
        } catch (FormInvalidException e) {
            return Pages.invalid("voices/letter-form", model(form), e.errors());
        }
    }

    @Get("/receipts/{token:[0-9a-f]+}")
    HttpResponse<?> receipt(@PathVariable String token) {
        return intake.receipt(token).<HttpResponse<?>>map(l -> Pages.page("voices/letter-receipt", Map.of("letter", l))
                .header("Cache-Control", "no-store")).orElseGet(HttpResponse::notFound);
    }
}
