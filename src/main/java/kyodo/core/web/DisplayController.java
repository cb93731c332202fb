package kyodo.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Display;
import kyodo.core.Pages;

import java.time.Duration;

/**
 * The text size (標準・大・特大), high-contrast and date style (西暦・和暦) switch: plain links, no script. Remembers the choice in a
 * cookie and goes back to the page, as the language switch does. The layout's {@code <html>} gets a class.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/display")
@Secured(SecurityRule.IS_ANONYMOUS)
class DisplayController {

    @Get
    HttpResponse<?> choose(@Nullable @QueryValue String text, @Nullable @QueryValue String contrast,
                           @Nullable @QueryValue String dates, @Nullable @QueryValue String back) {
        MutableHttpResponse<?> response = Pages.redirect(Pages.safeLocalPath(back, "/"));
        if (text != null && Display.SIZES.contains(text)) {
            response.cookie(remembered(Display.TEXT_COOKIE, text));
        }
        if ("high".equals(contrast) || "normal".equals(contrast)) {
            response.cookie(remembered(Display.CONTRAST_COOKIE, contrast));
        }
        if (dates != null && Display.DATE_STYLES.contains(dates)) {
            response.cookie(remembered(Display.DATES_COOKIE, dates));
        }
        return response;
    }

    private static Cookie remembered(String name, String value) {
        return Cookie.of(name, value).path("/").maxAge(Duration.ofDays(365)).sameSite(SameSite.Lax);
    }
}
