package kyodo.events.web;

import kyodo.core.CityClock;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ViewsModelDecorator;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import io.micronaut.views.exceptions.ViewRenderingException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import kyodo.events.EventCategory;
import kyodo.events.internal.EventChanges;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * The public event list as anonymous visitors see it, rendered once per search, page and language
 * and then served as it is. Rendering a list of twenty events takes milliseconds of CPU; serving
 * the stored bytes takes microseconds.
 * <p>
 * An entry is used only while nothing changed: any event or registration change committed by this
 * instance moves {@link EventChanges#version()}, so seats left are never behind. Entries also
 * expire after a few seconds, which bounds how long a change made elsewhere (another instance of
 * the app, SQL by hand) can go unseen. The page holds nothing of one visitor: it is rendered without
 * the visitor's CSRF token (the list has no form that posts), and a page that would contain it
 * anyway is served but never stored.
 * <p>
 * Why not Micronaut Cache's {@code @Cacheable}: an entry here is valid only for the change counter it
 * was built under (checked on every read, no eviction traffic per change), an old entry keeps being
 * served while one request renders its successor, and the stored value is served from a filter on the
 * event loop with its gzipped twin. The storage itself is a Caffeine cache (bounded, expiring).
 */
@Singleton
class PublicListCache {

    static final String VIEW = "events/list";
    private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final int MAX_ENTRIES = 1000;
    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

    /** The filters of the list as asked, made safe: unknown values mean "all", a bad page number the first. */
    record Query(String month, String category, String mode, String q, int page) {
        static Query of(HttpRequest<?> request) {
            var params = request.getParameters();
            String month = params.getFirst("month").orElse("");
            String category = params.getFirst("category").filter(c -> EventCategory.parse(c) != null).orElse("");
            String mode = params.getFirst("mode").filter(m -> "online".equals(m) || "venue".equals(m)).orElse("");
            String q = params.getFirst("q").map(String::strip).orElse("");
            int page = params.getFirst("page").filter(p -> p.matches("[1-9][0-9]{0,5}")).map(Integer::parseInt).orElse(1);
            return new Query(month, category, mode, q, page);
        }
    }

    /** Everything the anonymous page depends on (the text size and contrast set a class on the page). */
    private record Key(String lang, String display, LocalDate today, Query query) {
    }

    /**
     * A stored page, also gzipped (browsers ask for it, and compressing 18 KB on every request
     * would cost more than the rest of serving it); {@code refreshing} is claimed by the one
     * request that renders it again once old.
     */
    private record Entry(byte[] html, byte[] gzipped, long version, long madeAt, AtomicBoolean refreshing) {
        long age() {
            return System.nanoTime() - madeAt;
        }
    }

    private record Rendered(String html, boolean shareable) {
    }

    private final Cache<Key, Entry> entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
            .expireAfterWrite(Duration.ofNanos(3 * MAX_AGE_NANOS)).build();
    private final Cache<Key, Object> renderLocks = Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
            .expireAfterAccess(Duration.ofMinutes(1)).build();
    private final EventChanges changes;
    private final ViewsModelDecorator decorator;
    private final ViewsRendererLocator renderers;
    private final HttpLocaleResolver locales;
    private final CityClock clock;

    PublicListCache(EventChanges changes, ViewsModelDecorator decorator, ViewsRendererLocator renderers,
                    HttpLocaleResolver locales, CityClock clock) {
        this.changes = changes;
        this.decorator = decorator;
        this.renderers = renderers;
        this.locales = locales;
        this.clock = clock;
    }

    private Key key(HttpRequest<?> request, Query query) {
        return new Key(locales.resolveOrDefault(request).getLanguage(),
                kyodo.core.Display.of(request).key(), clock.today(), query);
    }

    /**
     * The stored page if nothing changed since it was made; cheap enough for the event loop (no
     * database, no rendering). Once it is older than the maximum age, one request is sent on to
     * render it again while the others keep getting the stored page, rather than all rendering at once.
     */
    Optional<HttpResponse<byte[]>> fresh(HttpRequest<?> request) {
        Entry entry = entries.getIfPresent(key(request, Query.of(request)));
        if (entry == null || entry.version() != changes.version()) {
            return Optional.empty();
        }
        long age = entry.age();
        // Past three times the age, the request that claimed the refresh must have failed: everyone renders.
        if (age > MAX_AGE_NANOS && (age > 3 * MAX_AGE_NANOS || entry.refreshing().compareAndSet(false, true))) {
            return Optional.empty();
        }
        return Optional.of(respond(request, entry));
    }

    /**
     * The stored page while it is current and young, or the page rendered from the model now (and
     * stored). Requests for the same page wait for one render instead of each rendering it.
     */
    HttpResponse<byte[]> page(HttpRequest<?> request, Query query, Supplier<Map<String, Object>> model) {
        Key key = key(request, query);
        Entry entry = current(key);
        if (entry == null) {
            synchronized (renderLocks.get(key, k -> new Object())) {
                entry = current(key);
                if (entry == null) {
                    // Read the version before the data: a change committed meanwhile leaves this entry stale.
                    long version = changes.version();
                    Rendered rendered = render(request, model.get());
                    byte[] html = rendered.html().getBytes(StandardCharsets.UTF_8);
                    if (!rendered.shareable()) {
                        return HttpResponse.ok(html).contentType(HTML);
                    }
                    entry = new Entry(html, gzip(html), version, System.nanoTime(), new AtomicBoolean());
                    entries.put(key, entry);
                }
            }
        }
        return respond(request, entry);
    }

    private static HttpResponse<byte[]> respond(HttpRequest<?> request, Entry entry) {
        // The server compresses only responses without a Content-Encoding: this one is sent as stored.
        if (acceptsGzip(request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING))) {
            return HttpResponse.ok(entry.gzipped()).contentType(HTML)
                    .header(HttpHeaders.CONTENT_ENCODING, "gzip").header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        return HttpResponse.ok(entry.html()).contentType(HTML).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
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

    private Entry current(Key key) {
        Entry entry = entries.getIfPresent(key);
        return entry != null && entry.version() == changes.version() && entry.age() <= MAX_AGE_NANOS ? entry : null;
    }

    /** The page as the layout renders it for anyone, without this visitor's CSRF token. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Rendered render(HttpRequest<?> request, Map<String, Object> model) {
        ModelAndView<Map<String, Object>> page = new ModelAndView<>(VIEW, new HashMap<>(model));
        decorator.decorate(request, page);
        Map<String, Object> shared = new HashMap<>(page.getModel().orElseGet(Map::of));
        Object token = shared.remove("csrfToken");
        ViewsRenderer renderer = renderers.resolveViewsRenderer(VIEW, MediaType.TEXT_HTML, shared)
                .orElseThrow(() -> new ViewRenderingException("No renderer for " + VIEW));
        StringWriter html = new StringWriter();
        try {
            renderer.render(VIEW, shared, request).writeTo(html);
        } catch (IOException e) {
            throw new ViewRenderingException("Error rendering view [" + VIEW + "]: " + e.getMessage(), e);
        }
        String text = html.toString();
        return new Rendered(text, token == null || !text.contains(token.toString()));
    }
}
