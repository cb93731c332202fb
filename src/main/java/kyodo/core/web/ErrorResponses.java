package kyodo.core.web;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;
import kyodo.core.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders error pages to HTML at once. Errors raised by filters (a missing login, a bad CSRF
 * token) never reach the views filter, so the page cannot be left to it. The JSON API gets
 * problem details instead of a page.
 */
@Singleton
class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;
    private final ApiProblems problems;

    ErrorResponses(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer, ApiProblems problems) {
        this.renderer = renderer;
        this.problems = problems;
    }

    MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String view) {
        return render(request, status, view, null);
    }

    /** The error page with a sentence saying what was wrong ({@code reasonKey}, a message key), when there is one. */
    MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String view, String reasonKey) {
        if (ApiProblems.isApi(request)) {
            return problems.problem(request, status, reasonKey);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("status", status.getCode());
        model.put("reason", reasonKey);
        try {
            StringWriter html = new StringWriter();
            Writable writable = renderer.render(new ModelAndView<>(view, model), request, MediaType.TEXT_HTML)
                    .orElseThrow();
            writable.writeTo(html);
            return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                    .body(html.toString());
        } catch (Exception e) {
            LOG.error("Could not render the error page {}", view, e);
            return HttpResponse.status(status).contentType(MediaType.TEXT_PLAIN_TYPE.toString() + ";charset=utf-8")
                    .body(status.getCode() + " エラーが発生しました / An error occurred");
        }
    }
}
