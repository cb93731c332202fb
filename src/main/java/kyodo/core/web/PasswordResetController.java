package kyodo.core.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Pages;
import kyodo.core.internal.PasswordResetService;
import kyodo.core.web.AccountForms.PasswordForgotForm;
import kyodo.core.web.AccountForms.PasswordResetForm;

import java.util.Map;
import java.util.Objects;

/** "Forgot your password?": ask for a link, then set a new password through it. */
@Produces(MediaType.TEXT_HTML)
@Controller("/password")
@Secured(SecurityRule.IS_ANONYMOUS)
class PasswordResetController {

    private final PasswordResetService resets;
    private final FormValidator validator;

    PasswordResetController(PasswordResetService resets, FormValidator validator) {
        this.resets = resets;
        this.validator = validator;
    }

    @Get("/forgot")
    HttpResponse<?> forgotForm() {
        return Pages.page("core/password-forgot", Map.of("form", new PasswordForgotForm(""),
                "errors", FieldErrors.none(), "sent", false));
    }

    @Post("/forgot")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> requestLink(@Body PasswordForgotForm form) {
        FieldErrors errors = validator.validate(form);
        if (errors.hasErrors()) {
            return Pages.invalid("core/password-forgot", Map.of("form", form, "sent", false), errors);
        }
        resets.requestReset(form.email());
        // The same answer whether or not the address has an account.
        return Pages.page("core/password-forgot", Map.of("form", form, "errors", FieldErrors.none(), "sent", true));
    }

    @Get("/reset/{token}")
    HttpResponse<?> resetForm(@PathVariable String token) {
        return Pages.page("core/password-reset", Map.of("token", token, "usable", resets.isUsable(token),
                "errors", FieldErrors.none()));
    }

    @Post("/reset/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reset(@PathVariable String token, @Body PasswordResetForm form) {
        FieldErrors errors = validator.validate(form);
        if (form.password() != null && !Objects.equals(form.password(), form.passwordConfirm())) {
            errors.add("passwordConfirm", "core.error.password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                resets.reset(token, form.password());
                return Pages.redirect("/login?reset=1");
            } catch (FormInvalidException e) {
                errors.addAll(e.errors());
            }
        }
        return Pages.invalid("core/password-reset", Map.of("token", token, "usable", resets.isUsable(token)), errors);
    }
}
