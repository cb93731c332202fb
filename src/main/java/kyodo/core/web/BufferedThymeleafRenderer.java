package kyodo.core.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

import java.io.IOException;
import java.io.StringWriter;

/**
 * Renders a page completely before the response starts. A template error then becomes the
 * 500 page instead of a response cut off half-way (which a browser shows as a hung page). The whole
 * page is also what {@link PageValidators} takes its ETag from. A shared page rendered with the marks for
 * signed-in visitors ({@link SharedPages}) is answered with this visitor's name and token put in.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
class BufferedThymeleafRenderer<T> extends ThymeleafViewsRenderer<T> {

    private final SharedPages sharedPages;

    BufferedThymeleafRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                              ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver,
                              SharedPages sharedPages) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
        this.sharedPages = sharedPages;
        RecordPropertyAccessor.install();
        InterfaceClassCache.install();
        DirectMethodAccessor.install();
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        String html = renderWhole(viewName, data, request);
        String page = request == null ? html : sharedPages.fillIn(request, html);
        if (request != null) {
            request.setAttribute(PageValidators.PAGE_ATTRIBUTE, page);
        }
        return out -> out.write(page);
    }

    /** The view (or a fragment of one, {@code "view :: name"}) rendered completely, as it is. */
    String renderWhole(String viewName, T data, HttpRequest<?> request) {
        Writable lazy = super.render(viewName, data, request);
        StringWriter html = new StringWriter();
        try {
            lazy.writeTo(html);
        } catch (IOException | RuntimeException e) {
            throw new ViewRenderingException("Error rendering view [" + viewName + "]: " + e.getMessage(), e);
        }
        return html.toString();
    }
}
