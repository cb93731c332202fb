package kyodo.core.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import kyodo.core.ApiProblems;
import kyodo.core.internal.AccessTokenService;
import kyodo.core.internal.AccessTokenService.Authenticated;
import kyodo.core.internal.ApiRates;

import io.netty.util.internal.ThreadExecutorMap;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Every call of the JSON API: counted against its client address, and, when it carries
 * {@code Authorization: Bearer <token>}, authenticated by that personal access token (the request attribute
 * the {@link AccessTokenAuthenticationFetcher} reads), checked for the token's scope (a read token may only
 * read), counted against the token and audited. Runs before the security filter.
 * <p>
 * Nothing here blocks the thread it runs on (the event loop): the rate limits count in memory
 * ({@link ApiRates}), a token seen in the last seconds is authenticated from memory, and one that is not is
 * looked up on another thread, the rest of the chain going on from the connection's event loop once it has been
 * (the body, read later by the controller's binding, is only touched there). The audit entry of a call is written
 * together with the entries of the calls answered at the same time (one insert, one commit, on a thread of its
 * own); the response goes out once its entry is committed, so no call is answered without its entry.
 */
@ServerFilter("/api/**")
class ApiCallFilter implements Ordered {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    static final String CHALLENGE = "Bearer realm=\"kyodo\"";

    private final AccessTokenService tokens;
    private final ApiRates rates;
    private final ApiProblems problems;
    private final HttpClientAddressResolver addresses;
    private final int perToken;
    private final int perAddress;

    ApiCallFilter(AccessTokenService tokens, ApiRates rates, ApiProblems problems, HttpClientAddressResolver addresses,
                  @Value("${kyodo.api.rate.per-token:120}") int perToken,
                  @Value("${kyodo.api.rate.per-address:300}") int perAddress) {
        this.tokens = tokens;
        this.rates = rates;
        this.problems = problems;
        this.addresses = addresses;
        this.perToken = perToken;
        this.perAddress = perAddress;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    /**
     * Around the call: answers at once unless the token has to be looked up, and then from the thread that did
     * it (the body is not read here). A call with a token is answered once its audit entry is committed.
     */
    @RequestFilter
    CompletableFuture<MutableHttpResponse<?>> call(HttpRequest<?> request,
                                                   FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
        String address = addresses.resolve(request);
        OptionalLong wait = rates.hit("address:" + (address == null ? "-" : address), perAddress);
        if (wait.isPresent()) {
            return answer(tooMany(request, wait.getAsLong()));
        }
        String header = request.getHeaders().getAuthorization().orElse(null);
        if (header == null) {
            return proceed(chain);
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return answer(problems.problem(request, HttpStatus.UNAUTHORIZED, "core.error.api.tokenInvalid")
                    .header("WWW-Authenticate", CHALLENGE));
        }
        // This connection's event loop, where the filter runs: the rest of the chain goes on there after a look-up
        // (the request's body, still arriving, may only be touched there: bound from another thread, Micronaut
        // 4.10 can lose it), and the answer is written from there once its audit entry is committed (so that the
        // audit writer's own thread is free for the next group at once).
        Executor loop = ThreadExecutorMap.currentExecutor();
        CompletableFuture<Optional<Authenticated>> lookUp = tokens.authenticate(header.substring(7).strip());
        Function<Optional<Authenticated>, CompletableFuture<MutableHttpResponse<?>>> next = caller -> caller.isEmpty()
                ? answer(problems.problem(request, HttpStatus.UNAUTHORIZED, "core.error.api.tokenInvalid")
                        .header("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\""))
                : authenticated(request, address, caller.get(), chain, loop);
        return lookUp.isDone() || loop == null ? lookUp.thenCompose(next) : lookUp.thenComposeAsync(next, loop);
    }

    private CompletableFuture<MutableHttpResponse<?>> authenticated(HttpRequest<?> request, String address,
                                                                    Authenticated caller,
                                                                    FilterContinuation<Publisher<MutableHttpResponse<?>>> chain,
                                                                    Executor loop) {
        request.setAttribute(AccessTokenService.REQUEST_ATTRIBUTE, caller);
        MutableHttpResponse<?> refused = null;
        if (!READS.contains(request.getMethod()) && !caller.token().canWrite()) {
            refused = problems.problem(request, HttpStatus.FORBIDDEN, "core.error.api.tokenReadOnly")
                    .header("WWW-Authenticate", CHALLENGE + ", error=\"insufficient_scope\", scope=\"write\"");
        } else {
            OptionalLong tokenWait = rates.hit("token:" + caller.token().id(), perToken);
            if (tokenWait.isPresent()) {
                refused = tooMany(request, tokenWait.getAsLong());
            }
        }
        CompletableFuture<MutableHttpResponse<?>> response = refused == null ? proceed(chain) : answer(refused);
        // The entry is written whatever the answer, and the answer waits for it (its write never fails the call).
        return response.handle((answered, error) -> {
            int status = error == null ? answered.code() : HttpStatus.INTERNAL_SERVER_ERROR.getCode();
            CompletableFuture<Boolean> written = tokens.audited(caller, request.getMethodName(), request.getPath(), status, address)
                    .exceptionally(auditError -> false);
            Function<Boolean, CompletableFuture<MutableHttpResponse<?>>> then = w -> error == null ? answer(answered)
                    : ApiCallFilter.<MutableHttpResponse<?>>failed(error);
            return written.isDone() || loop == null ? written.thenCompose(then) : written.thenComposeAsync(then, loop);
        }).thenCompose(answer -> answer);
    }

    /** What the rest of the chain (the security filter, the controller) answers, as a future. */
    private static CompletableFuture<MutableHttpResponse<?>> proceed(FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
        CompletableFuture<MutableHttpResponse<?>> done = new CompletableFuture<>();
        chain.proceed().subscribe(new Subscriber<MutableHttpResponse<?>>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(MutableHttpResponse<?> response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                done.completeExceptionally(new IllegalStateException("no response"));
            }
        });
        return done;
    }

    private static <T> CompletableFuture<T> failed(Throwable error) {
        return CompletableFuture.failedFuture(error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error);
    }

    private static CompletableFuture<MutableHttpResponse<?>> answer(MutableHttpResponse<?> response) {
        return CompletableFuture.completedFuture(response);
    }

    private MutableHttpResponse<?> tooMany(HttpRequest<?> request, long seconds) {
        return problems.problem(request, HttpStatus.TOO_MANY_REQUESTS, "core.error.api.rateLimited")
                .header("Retry-After", String.valueOf(seconds));
    }
}
