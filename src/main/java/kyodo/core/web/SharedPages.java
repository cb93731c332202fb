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
import io.micronaut.web.router.RouteAttributes;
import kyodo.core.CityClock;
import kyodo.core.Display;
import kyodo.core.SharedPage;
import kyodo.core.internal.database.DataChanges;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;

/**
 * Serves the pages marked {@link SharedPage} to anonymous visitors from one stored rendering, on the
 * thread that read the request (no hand-over to the blocking pool, no database, no template).
 * <p>
 * A stored page is used only while {@link DataChanges} shows no commit since it was rendered, so a
 * change shows at once on this instance; it is also rendered again after {@link #MAX_AGE_NANOS}, which
 * bounds how long a change made by another instance stays unseen, and a new minute of the city's clock
 * makes a new page (deadlines are to the minute). Once old, one request renders it
 * again while the others keep getting the stored page. The rendering holds nothing of one visitor:
 * {@link SiteModelProcessor} leaves out the form token for it (anonymous visitors have no form that
 * posts on these pages; the sign-in page, which has one, is never stored), and a response that sets
 * a cookie is never stored.
 * The store is bounded by size (an address with any query string is a new entry).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SharedPages implements Ordered {

    /** Set on a request whose page is rendered for the store: its value is the {@link Key}. */
    static final String RENDERING_ATTRIBUTE = "kyodo.shared.key";
    static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");
    private static final String CACHE_CONTROL = "private, no-cache";

    /** The city's minute is part of it: a page that says 受付中 says 受付終了 from the deadline's minute on. */
    private record Key(String address, String language, String display, LocalDateTime minute) {
    }

    private record Stored(byte[] html, byte[] gzipped, String etag, long version, long madeAt,
                          AtomicBoolean refreshing) {
        long age() {
            return System.nanoTime() - madeAt;
        }
    }

    /** What a rendering for the store started from: the data version read before the data. */
    private record Rendering(Key key, long version) {
    }

    private final Cache<Key, Stored> pages = Caffeine.newBuilder()
            .maximumWeight(24L * 1024 * 1024)
            .weigher((Key key, Stored page) -> page.html().length + page.gzipped().length)
            .expireAfterWrite(Duration.ofNanos(3 * MAX_AGE_NANOS))
            .build();
    private final DataChanges changes;
    private final HttpLocaleResolver locales;
    private final CityClock clock;

    SharedPages(DataChanges changes, HttpLocaleResolver locales, CityClock clock) {
        this.changes = changes;
        this.locales = locales;
        this.clock = clock;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> serveStored(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET || request.getUserPrincipal().isPresent() || !shared(request)) {
            return null;
        }
        Key key = key(request);
        long version = changes.version();
        Stored page = pages.getIfPresent(key);
        if (page != null && page.version() == version) {
            long age = page.age();
            // Past three times the age, the request that claimed the refresh must have failed: everyone renders.
            boolean renderAgain = age > MAX_AGE_NANOS
                    && (age > 3 * MAX_AGE_NANOS || page.refreshing().compareAndSet(false, true));
            if (!renderAgain) {
                return respond(request, page);
            }
        }
        request.setAttribute(RENDERING_ATTRIBUTE, new Rendering(key, version));
        return null;
    }

    @ResponseFilter
    void store(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Rendering rendering = request.getAttribute(RENDERING_ATTRIBUTE, Rendering.class).orElse(null);
        String html = request.getAttribute(PageValidators.PAGE_ATTRIBUTE, String.class).orElse(null);
        String etag = response.getHeaders().get(HttpHeaders.ETAG);
        if (rendering == null || html == null || etag == null || response.status() != HttpStatus.OK
                || response.getHeaders().contains(HttpHeaders.SET_COOKIE)) {
            return;
        }
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        pages.put(rendering.key(), new Stored(bytes, gzip(bytes), etag, rendering.version(), System.nanoTime(),
                new AtomicBoolean()));
    }

    /** True when this request was answered by a page rendered for the store (for {@link SiteModelProcessor}). */
    static boolean renderingForStore(HttpRequest<?> request) {
        return request.getAttribute(RENDERING_ATTRIBUTE).isPresent();
    }

    private static boolean shared(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request)
                .map(route -> route.getAnnotationMetadata().hasAnnotation(SharedPage.class)).orElse(false);
    }

    private Key key(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return new Key(query == null ? request.getPath() : request.getPath() + "?" + query,
                locales.resolveOrDefault(request).getLanguage(), Display.of(request).key(),
                clock.now().truncatedTo(ChronoUnit.MINUTES));
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
