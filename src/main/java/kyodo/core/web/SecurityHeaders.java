package kyodo.core.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Security headers on every response (pages, the JSON API, CSV, iCalendar, static files): a Content
 * Security Policy the pages pass (no inline script or style, no framing), no MIME sniffing, no
 * referrer leaving the site (a reset link carries its token in the path), and HSTS behind HTTPS.
 * It runs first, so it also covers responses that another filter answers on its own (the stored event list).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeaders implements Ordered {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final boolean secure;

    SecurityHeaders(@Value("${kyodo.secure-cookies:${KYODO_SECURE_COOKIES:false}}") boolean secure) {
        this.secure = secure;
    }

    @ResponseFilter
    void headers(MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("Content-Security-Policy", CSP);
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (secure) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
