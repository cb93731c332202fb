package kyodo.core.web;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import kyodo.core.internal.AccessTokenService;
import kyodo.core.internal.AccessTokenService.Authenticated;
import org.reactivestreams.Publisher;

/** The account behind a personal access token, found by {@link ApiCallFilter}; asked before the login cookie. */
@Singleton
class AccessTokenAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return request.getAttribute(AccessTokenService.REQUEST_ATTRIBUTE, Authenticated.class)
                .map(a -> Publishers.just(a.authentication()))
                .orElse(Publishers.empty());
    }

    @Override
    public int getOrder() {
        return -100;
    }
}
