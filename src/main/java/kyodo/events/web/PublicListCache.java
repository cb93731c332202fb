package kyodo.events.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ViewsModelDecorator;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import io.micronaut.views.exceptions.ViewRenderingException;
import jakarta.inject.Singleton;
import kyodo.events.internal.EventChanges;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

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
 */
@Singleton
class PublicListCache {

    static final String VIEW = "events/list";
    private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final int MAX_ENTRIES = 1000;
    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

    /** Everything the anonymous page depends on. */
    record Key(String lang, LocalDate today, String month, String category, String mode, String q, int page) {
    }

    private record Entry(byte[] html, long version, long madeAt) {
    }

    private record Rendered(String html, boolean shareable) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final EventChanges changes;
    private final ViewsModelDecorator decorator;
    private final ViewsRendererLocator renderers;
    private final HttpLocaleResolver locales;

    PublicListCache(EventChanges changes, ViewsModelDecorator decorator, ViewsRendererLocator renderers,
                    HttpLocaleResolver locales) {
        this.changes = changes;
        this.decorator = decorator;
        this.renderers = renderers;
        this.locales = locales;
    }

    String language(HttpRequest<?> request) {
        return locales.resolveOrDefault(request).getLanguage();
    }

    HttpResponse<byte[]> page(HttpRequest<?> request, Key key, Supplier<Map<String, Object>> model) {
        // Read the version before the data: a change committed meanwhile leaves this entry stale.
        long version = changes.version();
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry == null || entry.version() != version || now - entry.madeAt() > MAX_AGE_NANOS) {
            Rendered rendered = render(request, model.get());
            byte[] html = rendered.html().getBytes(StandardCharsets.UTF_8);
            if (!rendered.shareable()) {
                return HttpResponse.ok(html).contentType(HTML);
            }
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entry = new Entry(html, version, now);
            entries.put(key, entry);
        }
        return HttpResponse.ok(entry.html()).contentType(HTML);
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
