package kyodo.core.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A visitor who is not logged in is sent to the login page (and back afterwards);
 * one who is logged in but lacks the role sees the 403 page. The API answers 401 / 403.
 */
@Singleton
@Produces
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AuthorizationPages implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final ErrorResponses responses;

    AuthorizationPages(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        boolean api = kyodo.core.ApiProblems.isApi(request);
        if (exception.isForbidden()) {
            return responses.render(request, HttpStatus.FORBIDDEN, "error/403");
        }
        if (api) {
            return responses.render(request, HttpStatus.UNAUTHORIZED, "error/403")
                    .header("WWW-Authenticate", ApiCallFilter.CHALLENGE);
        }
        if (!"GET".equals(request.getMethodName())) {
            // A form posted without a valid CSRF token, or after the login ended.
            return responses.render(request, HttpStatus.FORBIDDEN, "error/403");
        }
        String next = request.getUri().toString();
        return HttpResponse.seeOther(URI.create("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }
}
