package kyodo.core;

import io.micronaut.http.HttpRequest;

import java.util.Map;

/**
 * A part of a page rendered on its own, as HTML, for a page that keeps parts which are the same for everyone
 * between visitors (the home page's public slots). The part gets the model every page gets (the site, the date
 * formats of the visitor's display), so it renders exactly as it would inside the page.
 */
public interface PageParts {

    /** {@code fragment} is {@code "template :: name"}; the model holds the fragment's own variables. */
    String render(String fragment, Map<String, Object> model, HttpRequest<?> request);
}
