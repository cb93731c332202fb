package kyodo.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Pages;
import kyodo.core.internal.AccountService;
import kyodo.core.internal.LoginService;
import kyodo.core.web.AccountForms.LoginForm;
import kyodo.core.web.AccountForms.PasswordChangeForm;
import kyodo.core.web.AccountForms.SignupForm;

import java.util.Map;
import java.util.Objects;

/** Sign up, log in, log out, the account page and changing the password. */
@Produces(MediaType.TEXT_HTML)
@Controller
class AccountController {

    private final AccountService accounts;
    private final LoginService logins;
    private final FormValidator validator;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;
    private final HttpClientAddressResolver addresses;

    AccountController(AccountService accounts, LoginService logins, FormValidator validator,
                      LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
                      LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler,
                      HttpClientAddressResolver addresses) {
        this.accounts = accounts;
        this.logins = logins;
        this.validator = validator;
        this.loginHandler = loginHandler;
        this.logoutHandler = logoutHandler;
        this.addresses = addresses;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/signup")
    HttpResponse<?> signupForm() {
        return Pages.page("core/signup", Map.of("form", SignupForm.empty(), "errors", FieldErrors.none()));
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/signup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signUp(@Body SignupForm form) {
        FieldErrors errors = validator.validate(form);
        accounts.checkPassword(form.password(), form.email(), "password", errors);
        if (form.password() != null && !Objects.equals(form.password(), form.passwordConfirm())) {
            errors.add("passwordConfirm", "core.error.password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.signUp(new AccountService.NewAccount(form.email(), form.displayName(), form.nameKana(),
                        form.password(), form.area(), form.schoolDistrict()));
                return Pages.redirect("/login?registered=1");
            } catch (FormInvalidException e) {
                errors.addAll(e.errors());
            } catch (io.micronaut.data.exceptions.DataAccessException e) {
                if (!kyodo.core.UniqueKeys.violated(e)) {
                    throw e;
                }
                // The same sign-up sent twice at once: the first created the account.
                errors.add("email", "core.error.email.taken");
            }
        }
        return Pages.invalid("core/signup", Map.of("form", form.withoutPasswords()), errors);
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/login")
    HttpResponse<?> loginForm(@Nullable @QueryValue String next, @Nullable @QueryValue String registered,
                              @Nullable @QueryValue String reset) {
        return Pages.page("core/login", Map.of(
                "form", new LoginForm("", "", next == null ? "" : next),
                "errors", FieldErrors.none(),
                "notice", registered != null ? "core.login.registered" : reset != null ? "core.login.resetDone" : ""));
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> logIn(@Body LoginForm form, HttpRequest<?> request) {
        FieldErrors errors = validator.validate(form);
        LoginForm shown = new LoginForm(form.email(), "", form.next());
        if (errors.hasErrors()) {
            return Pages.invalid("core/login", Map.of("form", shown, "notice", ""), errors);
        }
        LoginService.Outcome outcome = logins.logIn(form.email(), form.password(), addresses.resolve(request));
        if (!outcome.succeeded()) {
            FieldErrors why = outcome.failure() == LoginService.Failure.THROTTLED
                    ? new FieldErrors().add(FieldErrors.FORM, "core.error.login.wait", outcome.waitSeconds())
                    : FieldErrors.of(FieldErrors.FORM, "core.error.login.invalid");
            return Pages.invalid("core/login", Map.of("form", shown, "notice", ""), why);
        }
        MutableHttpResponse<?> response = loginHandler.loginSuccess(outcome.authentication(), request);
        response.getHeaders().set("Location", Pages.safeLocalPath(form.next(), "/"));
        return response.status(303);
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> logOut(HttpRequest<?> request, Authentication authentication) {
        logins.logOut(authentication);
        MutableHttpResponse<?> response = logoutHandler.logout(request);
        response.getHeaders().set("Location", "/");
        return response.status(303);
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/account")
    HttpResponse<?> account(Authentication authentication, @Nullable @QueryValue String changed) {
        var account = accounts.find(Long.parseLong(authentication.getName())).orElseThrow();
        return Pages.page("core/account", Map.of("account", account,
                "form", new PasswordChangeForm("", "", ""), "errors", FieldErrors.none(),
                "changed", changed != null));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/account/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changePassword(@Body PasswordChangeForm form, Authentication authentication) {
        long id = Long.parseLong(authentication.getName());
        FieldErrors errors = validator.validate(form);
        if (form.newPassword() != null && !Objects.equals(form.newPassword(), form.newPasswordConfirm())) {
            errors.add("newPasswordConfirm", "core.error.password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(id, form.currentPassword(), form.newPassword(),
                        LoginService.sessionId(authentication).orElse(null));
                return Pages.redirect("/account?changed=1");
            } catch (FormInvalidException e) {
                errors.addAll(e.errors());
            }
        }
        return Pages.invalid("core/account", Map.of("account", accounts.find(id).orElseThrow(),
                "form", new PasswordChangeForm("", "", ""), "changed", false), errors);
    }
}
