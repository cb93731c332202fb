package kyodo.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Choice;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.core.internal.AccessToken;
import kyodo.core.internal.AccessTokenService;
import kyodo.core.web.AccountForms.TokenForm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in person's personal access tokens for the JSON API: made with a name, a scope and a last
 * day, shown once right after, listed with their last use, revoked here.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/account/tokens")
@Secured(SecurityRule.IS_AUTHENTICATED)
class AccessTokenController {

    private static final List<Choice> SCOPES = List.of(Choice.keyed(AccessToken.READ, "core.token.scope.read"),
            Choice.keyed(AccessToken.WRITE, "core.token.scope.write"));

    private final AccessTokenService tokens;
    private final FormValidator validator;
    private final kyodo.core.CityClock clock;

    AccessTokenController(AccessTokenService tokens, FormValidator validator, kyodo.core.CityClock clock) {
        this.tokens = tokens;
        this.validator = validator;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list(Authentication authentication, @Nullable @QueryValue String revoked) {
        TokenForm empty = new TokenForm("", AccessToken.READ, tokens.latestExpiry().minusDays(275).toString());
        Map<String, Object> model = model(authentication, empty, null);
        model.put("revoked", revoked != null);
        return Pages.page("core/tokens", model);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body TokenForm form, Authentication authentication) {
        FieldErrors errors = validator.validate(form);
        LocalDate lastDay = null;
        if (!errors.has("expiresOn") && form.expiresOn() != null) {
            try {
                lastDay = LocalDate.parse(form.expiresOn());
            } catch (DateTimeParseException e) {
                errors.add("expiresOn", "core.error.date");
            }
        }
        if (!errors.hasErrors()) {
            try {
                AccessTokenService.Created created = tokens.create(Viewer.of(authentication).accountId(), form.name(),
                        form.scope(), lastDay);
                // Shown once, in the answer to the POST itself: the secret is kept nowhere to show it again.
                return Pages.page("core/tokens", model(authentication,
                        new TokenForm("", AccessToken.READ, tokens.latestExpiry().minusDays(275).toString()), created))
                        .header("Cache-Control", "no-store");
            } catch (FormInvalidException e) {
                errors.addAll(e.errors());
            }
        }
        Map<String, Object> model = model(authentication, form, null);
        return Pages.invalid("core/tokens", model, errors);
    }

    @Post("/{id:[0-9]+}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(long id, Authentication authentication) {
        tokens.revoke(Viewer.of(authentication).accountId(), id);
        return Pages.redirect("/account/tokens?revoked=1");
    }

    private Map<String, Object> model(Authentication authentication, TokenForm form, AccessTokenService.Created created) {
        Map<String, Object> model = new HashMap<>();
        model.put("tokens", tokens.ofAccount(Viewer.of(authentication).accountId()));
        model.put("form", form);
        model.put("scopes", SCOPES);
        model.put("latest", tokens.latestExpiry().toString());
        model.put("created", created);
        model.put("errors", FieldErrors.none());
        model.put("revoked", false);
        model.put("now", clock.now());
        return model;
    }
}
