package kyodo.core.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * A controller that answers a bare status ({@code HttpResponse.notFound()}, a 403) gets the
 * portal's error page for it (problem details on the API). This is done here rather than by
 * status error routes, which Micronaut runs with the request's arguments again and so fails on
 * a multipart body that the first route already read.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ErrorStatusPages implements Ordered {

    private final ErrorResponses responses;

    ErrorStatusPages(ErrorResponses responses) {
        this.responses = responses;
    }

    @ResponseFilter
    @SuppressWarnings({"unchecked", "rawtypes"})
    void page(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        if (status.getCode() < 400 || response.getBody().isPresent() || "HEAD".equals(request.getMethodName())) {
            return;
        }
        String view = switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN, UNAUTHORIZED -> "error/403";
            default -> status.getCode() >= 500 ? "error/500" : "error/400";
        };
        MutableHttpResponse<?> page = responses.render(request, status, view);
        page.getContentType().ifPresent(response::contentType);
        ((MutableHttpResponse) response).body(page.body());
    }

    @Override
    public int getOrder() {
        // Inside the security headers filter, which then covers the page too.
        return ServerFilterPhase.RENDERING.order();
    }
}
