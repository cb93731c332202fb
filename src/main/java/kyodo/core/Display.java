package kyodo.core;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;

import java.util.List;

/**
 * The visitor's text size (m = 標準 100 %, l = 大 125 %, xl = 特大 150 %), contrast and way of writing dates
 * in Japanese (西暦 2026年12月1日, the default, or 和暦 令和8年12月1日), read from the cookies the footer's
 * switch sets ({@code /display}); unknown values count as the defaults. The layout puts {@link #htmlClass()}
 * on {@code <html>}; {@link DateFormats} follows {@link #eraDates()}. A module that stores rendered pages
 * keys them by {@link #key()}.
 */
public record Display(String text, boolean highContrast, boolean eraDates) {

    public static final String TEXT_COOKIE = "kyodo-text";
    public static final String CONTRAST_COOKIE = "kyodo-contrast";
    public static final String DATES_COOKIE = "kyodo-dates";
    public static final List<String> SIZES = List.of("m", "l", "xl");
    /** The date styles offered: western (the default) and era. */
    public static final List<String> DATE_STYLES = List.of("western", "era");

    public static Display of(HttpRequest<?> request) {
        String text = request.getCookies().findCookie(TEXT_COOKIE).map(Cookie::getValue)
                .filter(SIZES::contains).orElse("m");
        boolean high = request.getCookies().findCookie(CONTRAST_COOKIE).map(Cookie::getValue)
                .filter("high"::equals).isPresent();
        boolean era = request.getCookies().findCookie(DATES_COOKIE).map(Cookie::getValue)
                .filter("era"::equals).isPresent();
        return new Display(text, high, era);
    }

    /** The date styles offered, in order. */
    public List<String> dateStyles() {
        return DATE_STYLES;
    }

    /** {@code era} or {@code western}. */
    public String dates() {
        return eraDates ? "era" : "western";
    }

    /** Everything of the choice that changes a rendered page, for a store of pages. */
    public String key() {
        return text + (highContrast ? "-high" : "-normal") + "-" + dates();
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
