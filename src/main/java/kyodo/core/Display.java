package kyodo.core;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;

import java.util.List;

/**
 * The visitor's text size (m = 標準 100 %, l = 大 125 %, xl = 特大 150 %) and contrast, read from the cookies
 * the footer's switch sets ({@code /display}); unknown values count as the defaults. The layout puts
 * {@link #htmlClass()} on {@code <html>}. A module that stores rendered pages keys them by it.
 */
public record Display(String text, boolean highContrast) {

    public static final String TEXT_COOKIE = "kyodo-text";
    public static final String CONTRAST_COOKIE = "kyodo-contrast";
    public static final List<String> SIZES = List.of("m", "l", "xl");

    public static Display of(HttpRequest<?> request) {
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

    /** The class of the page's {@code <html>}: {@code text-l}, {@code text-xl}, {@code contrast-high}, or null. */
    public String htmlClass() {
        String size = "m".equals(text) ? "" : "text-" + text;
        String both = (size + (highContrast ? " contrast-high" : "")).strip();
        return both.isEmpty() ? null : both;
    }
}
