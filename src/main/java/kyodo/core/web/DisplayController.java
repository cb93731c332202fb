package kyodo.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import kyodo.core.Pages;

import java.time.Duration;
import java.util.List;

/**
 * The text size (標準・大・特大) and high-contrast switch: plain links, no script. Remembers the choice in a
 * cookie and goes back to the page, as the language switch does. The layout's {@code <html>} gets a class.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/display")
@Secured(SecurityRule.IS_ANONYMOUS)
class DisplayController {

    static final String TEXT_COOKIE = "kyodo-text";
    static final String CONTRAST_COOKIE = "kyodo-contrast";
    /** m = 標準 (100 %), l = 大 (125 %), xl = 特大 (150 %). */
    static final List<String> SIZES = List.of("m", "l", "xl");

    @Get
    HttpResponse<?> choose(@Nullable @QueryValue String text, @Nullable @QueryValue String contrast,
                           @Nullable @QueryValue String back) {
        MutableHttpResponse<?> response = Pages.redirect(Pages.safeLocalPath(back, "/"));
        if (text != null && SIZES.contains(text)) {
            response.cookie(remembered(TEXT_COOKIE, text));
        }
        if ("high".equals(contrast) || "normal".equals(contrast)) {
            response.cookie(remembered(CONTRAST_COOKIE, contrast));
        }
        return response;
    }

    private static Cookie remembered(String name, String value) {
        return Cookie.of(name, value).path("/").maxAge(Duration.ofDays(365)).sameSite(SameSite.Lax);
    }

    /** What the visitor chose, read from the cookies (unknown values count as the defaults). */
    public record Display(String text, boolean highContrast) {
        static Display of(HttpRequest<?> request) {
            String text = request.getCookies().findCookie(TEXT_COOKIE).map(Cookie::getValue)
                    .filter(SIZES::contains).orElse("m");
            boolean high = request.getCookies().findCookie(CONTRAST_COOKIE).map(Cookie::getValue)
                    .filter("high"::equals).isPresent();
            return new Display(text, high);
        }

        /** The sizes offered, in order. */
        public List<String> sizes() {
            return SIZES;
        }

        /** The class of the page's {@code <html>}: {@code text-l}, {@code text-xl}, {@code contrast-high}. */
        public String htmlClass() {
            String size = "m".equals(text) ? "" : "text-" + text;
            String both = (size + (highContrast ? " contrast-high" : "")).strip();
            return both.isEmpty() ? null : both;
        }
    }
}
