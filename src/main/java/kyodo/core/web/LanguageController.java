package kyodo.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Pages;

import java.time.Duration;

/** The language switch: remembers 日本語 or English in a cookie and goes back to the page. */
@Produces(MediaType.TEXT_HTML)
@Controller("/lang")
@Secured(SecurityRule.IS_ANONYMOUS)
class LanguageController {

    static final String COOKIE = "lang";

    @Get
    HttpResponse<?> switchTo(@QueryValue String to, @Nullable @QueryValue String back) {
        String lang = "en".equals(to) ? "en" : "ja";
        return Pages.redirect(Pages.safeLocalPath(back, "/"))
                .cookie(Cookie.of(COOKIE, lang).path("/").maxAge(Duration.ofDays(365)).sameSite(SameSite.Lax));
    }
}
