package kyodo.core.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * The errors Micronaut answers itself, before any route or error page is chosen (a request line or
 * header too long for the server, a body it could not decode): the portal's page, or problem details
 * on the API, instead of Micronaut's own JSON.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class PortalErrorResponseProcessor implements ErrorResponseProcessor<Object> {

    private final ErrorResponses responses;

    PortalErrorResponseProcessor(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpStatus status = base.getStatus();
        String view = switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN, UNAUTHORIZED -> "error/403";
            default -> status.getCode() >= 500 ? "error/500" : "error/400";
        };
        String reason = status == HttpStatus.REQUEST_ENTITY_TOO_LARGE || status == HttpStatus.REQUEST_URI_TOO_LONG
                || status == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE ? "core.error.input.tooLong" : null;
        MutableHttpResponse<?> page = responses.render(context.getRequest(), status, view, reason);
        MutableHttpResponse<Object> response = (MutableHttpResponse<Object>) base;
        page.getContentType().ifPresent(response::contentType);
        return response.body(page.body());
    }
}
