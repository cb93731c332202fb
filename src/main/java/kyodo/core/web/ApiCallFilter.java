package kyodo.core.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import kyodo.core.ApiProblems;
import kyodo.core.internal.AccessTokenService;
import kyodo.core.internal.AccessTokenService.Authenticated;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Every call of the JSON API: counted against its client address, and, when it carries
 * {@code Authorization: Bearer <token>}, authenticated by that personal access token (the request attribute
 * the {@link AccessTokenAuthenticationFetcher} reads), checked for the token's scope (a read token may only
 * read), counted against the token and audited. Runs before the security filter.
 */
@ServerFilter("/api/**")
class ApiCallFilter implements Ordered {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String AUDITED = "kyodo.accessToken.audited";
    static final String CHALLENGE = "Bearer realm=\"kyodo\"";

    private final AccessTokenService tokens;
    private final ApiProblems problems;
    private final HttpClientAddressResolver addresses;
    private final int perToken;
    private final int perAddress;

    ApiCallFilter(AccessTokenService tokens, ApiProblems problems, HttpClientAddressResolver addresses,
                  @Value("${kyodo.api.rate.per-token:120}") int perToken,
                  @Value("${kyodo.api.rate.per-address:300}") int perAddress) {
        this.tokens = tokens;
        this.problems = problems;
        this.addresses = addresses;
        this.perToken = perToken;
        this.perAddress = perAddress;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    // Runs where the filter chain runs: a hop to another executor here loses a request body not read yet
    // (Micronaut 4.10). The two small queries of a call (the counter upsert, the token's row) stay short.
    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        String address = addresses.resolve(request);
        OptionalLong wait = tokens.overLimit("address:" + (address == null ? "-" : address), perAddress);
        if (wait.isPresent()) {
            return tooMany(request, wait.getAsLong());
        }
        String header = request.getHeaders().getAuthorization().orElse(null);
        if (header == null) {
            return null;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return problems.problem(request, HttpStatus.UNAUTHORIZED, "core.error.api.tokenInvalid")
                    .header("WWW-Authenticate", CHALLENGE);
        }
        Optional<Authenticated> caller = tokens.authenticate(header.substring(7).strip());
        if (caller.isEmpty()) {
            return problems.problem(request, HttpStatus.UNAUTHORIZED, "core.error.api.tokenInvalid")
                    .header("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"");
        }
        Authenticated authenticated = caller.get();
        request.setAttribute(AccessTokenService.REQUEST_ATTRIBUTE, authenticated);
        MutableHttpResponse<?> refused = null;
        if (!READS.contains(request.getMethod()) && !authenticated.token().canWrite()) {
            refused = problems.problem(request, HttpStatus.FORBIDDEN, "core.error.api.tokenReadOnly")
                    .header("WWW-Authenticate", CHALLENGE + ", error=\"insufficient_scope\", scope=\"write\"");
        } else {
            OptionalLong tokenWait = tokens.overLimit("token:" + authenticated.token().id(), perToken);
            if (tokenWait.isPresent()) {
                refused = tooMany(request, tokenWait.getAsLong());
            }
        }
        if (refused != null) {
            request.setAttribute(AUDITED, Boolean.TRUE);
            tokens.audited(authenticated, request.getMethodName(), request.getPath(), refused.code());
        }
        return refused;
    }

    @ResponseFilter
    void audit(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(AUDITED).isPresent()) {
            return;
        }
        request.getAttribute(AccessTokenService.REQUEST_ATTRIBUTE, Authenticated.class).ifPresent(caller ->
                tokens.audited(caller, request.getMethodName(), request.getPath(), response.code()));
    }

    private MutableHttpResponse<?> tooMany(HttpRequest<?> request, long seconds) {
        return problems.problem(request, HttpStatus.TOO_MANY_REQUESTS, "core.error.api.rateLimited")
                .header("Retry-After", String.valueOf(seconds));
    }
}
