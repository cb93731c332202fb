package kyodo.core.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;

/**
 * Gives every visitor a CSRF token before their first form: the token goes into a cookie and
 * into the page (see {@link SiteModelProcessor}); {@link CsrfCheckFilter} then checks that every
 * form post carries the cookie's token. A new token is made only when a page is rendered for a
 * visitor who has none: a response served from a cache (or a redirect, or a file) costs no token.
 */
@ServerFilter("/**")
class CsrfCookieFilter implements Ordered {

    static final String TOKEN_ATTRIBUTE = "kyodo.csrf.token";
    private static final String NEW_TOKEN_ATTRIBUTE = "kyodo.csrf.new";

    private final CsrfConfiguration configuration;
    private final CsrfTokenGenerator<HttpRequest<?>> generator;

    CsrfCookieFilter(CsrfConfiguration configuration, CsrfTokenGenerator<HttpRequest<?>> generator) {
        this.configuration = configuration;
        this.generator = generator;
    }

    @RequestFilter
    void readToken(HttpRequest<?> request) {
        String existing = request.getCookies().findCookie(configuration.getCookieName()).map(Cookie::getValue).orElse(null);
        if (existing != null && !existing.isBlank()) {
            request.setAttribute(TOKEN_ATTRIBUTE, existing);
        }
    }

    /** The visitor's token, made now (and set as a cookie with the response) if they have none. */
    String token(HttpRequest<?> request) {
        return request.getAttribute(TOKEN_ATTRIBUTE, String.class).orElseGet(() -> {
            String token = generator.generateCsrfToken(request);
            request.setAttribute(TOKEN_ATTRIBUTE, token);
            request.setAttribute(NEW_TOKEN_ATTRIBUTE, Boolean.TRUE);
            return token;
        });
    }

    @ResponseFilter
    void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(NEW_TOKEN_ATTRIBUTE).isPresent()) {
            String token = request.getAttribute(TOKEN_ATTRIBUTE, String.class).orElseThrow();
            Cookie cookie = Cookie.of(configuration.getCookieName(), token)
                    .path("/")
                    .httpOnly(true);
            configuration.isCookieSecure().ifPresent(cookie::secure);
            configuration.getCookieSameSite().ifPresent(cookie::sameSite);
            response.cookie(cookie);
        }
    }

    @Override
    public int getOrder() {
        // Outside the stored pages (SharedPages): the token is read before they fill it in, and a token they make
        // for a visitor who had none still goes out as a cookie with the stored page.
        return ServerFilterPhase.SESSION.order();
    }
}
