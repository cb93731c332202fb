package kyodo.core.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import kyodo.core.CityClock;
import kyodo.core.Display;
import kyodo.core.SharedPage;
import kyodo.core.internal.database.DataChanges;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;

/**
 * Serves the pages marked {@link SharedPage} from one stored rendering, on the thread that read the
 * request (no hand-over to the blocking pool, no database, no template): one rendering for all anonymous
 * visitors, and one for all signed-in visitors with the same roles when the page's method takes no
 * {@link Authentication} (it does not ask who the visitor is).
 * <p>
 * A stored page is used only while {@link DataChanges} shows no commit since it was rendered, so a
 * change shows at once on this instance; it is also rendered again after {@link #MAX_AGE_NANOS}, which
 * bounds how long a change made by another instance stays unseen, and a new minute of the city's clock
 * makes a new page (deadlines are to the minute). Once old, one request renders it
 * again while the others keep getting the stored page.
 * <p>
 * What is stored holds nothing of one visitor. The anonymous rendering has no form token
 * ({@link SiteModelProcessor} leaves it out: anonymous visitors have no form that posts on these pages; the
 * sign-in page, which has one, is never stored). The signed-in rendering is made with marks in place of the
 * visitor's name and form token ({@link PersonalPage}); the renderer puts the visitor's own into the page it
 * answers with, and each later visitor's page is filled in the same way. A response that sets a cookie is
 * never stored. The store is bounded by size (an address with any query string is a new entry).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SharedPages implements Ordered {

    /** Set on a request whose page is rendered for the store: its value is the {@link Key}. */
    static final String RENDERING_ATTRIBUTE = "kyodo.shared.key";
    static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");
    private static final String CACHE_CONTROL = "private, no-cache";

    /** Set on a signed-in visitor's request whose page is rendered for the store: the page with the marks, cut at them. */
    private static final String MARKED_PAGE_ATTRIBUTE = "kyodo.shared.marked";

    /**
     * The city's minute is part of it: a page that says 受付中 says 受付終了 from the deadline's minute on.
     * {@code roles} is null for anonymous visitors and the sorted roles of signed-in ones (their menus differ).
     */
    private record Key(String address, String language, String display, LocalDateTime minute, String roles) {
    }

    /** Anonymous: {@code html} and {@code gzipped} with its ETag. Signed-in: {@code personal}, filled per visitor. */
    private record Stored(byte[] html, byte[] gzipped, String etag, PersonalPage personal, long version,
                          long madeAt, AtomicBoolean refreshing) {
        long age() {
            return System.nanoTime() - madeAt;
        }

        int weight() {
            return personal != null ? personal.weight() : html.length + gzipped.length;
        }
    }

    /** What a rendering for the store started from: the data version read before the data. */
    private record Rendering(Key key, long version, boolean signedIn) {
    }

    private final Cache<Key, Stored> pages = Caffeine.newBuilder()
            .maximumWeight(24L * 1024 * 1024)
            .weigher((Key key, Stored page) -> page.weight())
            .expireAfterWrite(Duration.ofNanos(3 * MAX_AGE_NANOS))
            .build();
    private final DataChanges changes;
    private final HttpLocaleResolver locales;
    private final CityClock clock;
    private final CsrfCookieFilter csrfTokens;
    /** Per route: whether its page is the same for every signed-in visitor (its method takes no Authentication). */
    private final Map<RouteInfo<?>, Boolean> sameWhenSignedIn = new ConcurrentHashMap<>();

    SharedPages(DataChanges changes, HttpLocaleResolver locales, CityClock clock, CsrfCookieFilter csrfTokens) {
        this.changes = changes;
        this.locales = locales;
        this.clock = clock;
        this.csrfTokens = csrfTokens;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> serveStored(HttpRequest<?> request) {
        RouteInfo<?> route = RouteAttributes.getRouteInfo(request).orElse(null);
        if (request.getMethod() != HttpMethod.GET || route == null
                || !route.getAnnotationMetadata().hasAnnotation(SharedPage.class)) {
            return null;
        }
        Authentication visitor = request.getUserPrincipal(Authentication.class).orElse(null);
        if (visitor != null && !sameWhenSignedIn.computeIfAbsent(route, SharedPages::asksNoOneWhoTheyAre)) {
            return null;
        }
        Key key = key(request, visitor);
        long version = changes.version();
        Stored page = pages.getIfPresent(key);
        if (page != null && page.version() == version) {
            long age = page.age();
            // Past three times the age, the request that claimed the refresh must have failed: everyone renders.
            boolean renderAgain = age > MAX_AGE_NANOS
                    && (age > 3 * MAX_AGE_NANOS || page.refreshing().compareAndSet(false, true));
            if (!renderAgain) {
                return visitor == null ? respond(request, page) : respondFilled(request, page, visitor);
            }
        }
        request.setAttribute(RENDERING_ATTRIBUTE, new Rendering(key, version, visitor != null));
        return null;
    }

    /**
     * The page a signed-in visitor is answered with when it was rendered with the marks (by
     * {@link BufferedThymeleafRenderer}): their name and token put in; the marked page is kept for {@link #store}.
     */
    String fillIn(HttpRequest<?> request, String rendered) {
        Rendering rendering = request.getAttribute(RENDERING_ATTRIBUTE, Rendering.class).orElse(null);
        Authentication visitor = request.getUserPrincipal(Authentication.class).orElse(null);
        if (rendering == null || !rendering.signedIn() || visitor == null) {
            return rendered;
        }
        PersonalPage marked = PersonalPage.of(rendered);
        request.setAttribute(MARKED_PAGE_ATTRIBUTE, marked);
        return new String(marked.fill(SiteModelProcessor.nameOf(visitor), csrfTokens.token(request)),
                StandardCharsets.UTF_8);
    }

    @ResponseFilter
    void store(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Rendering rendering = request.getAttribute(RENDERING_ATTRIBUTE, Rendering.class).orElse(null);
        if (rendering == null || response.status() != HttpStatus.OK
                || response.getHeaders().contains(HttpHeaders.SET_COOKIE)) {
            return;
        }
        if (rendering.signedIn()) {
            request.getAttribute(MARKED_PAGE_ATTRIBUTE, PersonalPage.class).ifPresent(marked -> pages.put(rendering.key(),
                    new Stored(null, null, null, marked, rendering.version(), System.nanoTime(), new AtomicBoolean())));
            return;
        }
        String html = request.getAttribute(PageValidators.PAGE_ATTRIBUTE, String.class).orElse(null);
        String etag = response.getHeaders().get(HttpHeaders.ETAG);
        if (html == null || etag == null) {
            return;
        }
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        pages.put(rendering.key(), new Stored(bytes, gzip(bytes), etag, null, rendering.version(), System.nanoTime(),
                new AtomicBoolean()));
    }

    /** True when this request's page is rendered for the store (for {@link SiteModelProcessor}). */
    static boolean renderingForStore(HttpRequest<?> request) {
        return request.getAttribute(RENDERING_ATTRIBUTE).isPresent();
    }

    /**
     * A shared page's method that takes no {@link Authentication} renders the same page for everyone
     * with the same roles (the layout's menus and the marks aside), so signed-in visitors share it too.
     */
    private static boolean asksNoOneWhoTheyAre(RouteInfo<?> route) {
        return route instanceof MethodBasedRouteInfo<?, ?> method && Arrays.stream(method.getTargetMethod().getArguments())
                .noneMatch(argument -> Principal.class.isAssignableFrom(argument.getType()));
    }

    private Key key(HttpRequest<?> request, Authentication visitor) {
        String query = request.getUri().getRawQuery();
        return new Key(query == null ? request.getPath() : request.getPath() + "?" + query,
                locales.resolveOrDefault(request).getLanguage(), Display.of(request).key(),
                clock.now().truncatedTo(ChronoUnit.MINUTES),
                visitor == null ? null : String.join(",", new TreeSet<>(visitor.getRoles())));
    }

    /** A signed-in visitor's page from the marked one: their own name and token, their own ETag. */
    private HttpResponse<?> respondFilled(HttpRequest<?> request, Stored page, Authentication visitor) {
        byte[] html = page.personal().fill(SiteModelProcessor.nameOf(visitor), csrfTokens.token(request));
        String etag = PageValidators.etagOf(html);
        if (PageValidators.matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)) {
            return HttpResponse.status(HttpStatus.NOT_MODIFIED)
                    .header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
        // Sent without a Content-Encoding: the server compresses it as it does a page rendered for the request.
        return HttpResponse.ok(html).contentType(HTML)
                .header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }

    private static HttpResponse<?> respond(HttpRequest<?> request, Stored page) {
        if (PageValidators.matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            return HttpResponse.status(HttpStatus.NOT_MODIFIED)
                    .header(HttpHeaders.ETAG, page.etag()).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
        MutableHttpResponse<byte[]> response;
        // The server compresses only responses without a Content-Encoding: this one is sent as stored.
        if (acceptsGzip(request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING))) {
            response = HttpResponse.ok(page.gzipped()).header(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else {
            response = HttpResponse.ok(page.html());
        }
        return response.contentType(HTML).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .header(HttpHeaders.ETAG, page.etag()).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }

    /** True for "gzip" in Accept-Encoding, unless refused with q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public int getOrder() {
        // After security (the visitor is known), and outside the views filter, so the response side sees the page.
        return ServerFilterPhase.SECURITY.after();
    }
}
