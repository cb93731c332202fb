package kyodo.core.web;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.NotFoundException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.validation.ConstraintViolationException;
import kyodo.core.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Error pages in the layout and in the visitor's language, never a stack trace.
 * JSON API paths get problem details instead. A bare status a controller answers becomes its
 * page in {@link ErrorStatusPages}; what Micronaut answers itself, in {@link PortalErrorResponseProcessor}.
 */
// Both kinds, or an error route would not be chosen for a client that accepts only the other;
// each response sets its own content type.
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, ApiProblems.MEDIA_TYPE})
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final ErrorResponses responses;
    private final AuthorizationPages authorization;

    ErrorPages(ErrorResponses responses, AuthorizationPages authorization) {
        this.responses = responses;
        this.authorization = authorization;
    }

    @Error(exception = io.micronaut.security.authentication.AuthorizationException.class, global = true)
    HttpResponse<?> authorization(HttpRequest<?> request, io.micronaut.security.authentication.AuthorizationException e) {
        return authorization.handle(request, e);
    }

    @Error(exception = NotFoundException.class, global = true)
    HttpResponse<?> notFoundException(HttpRequest<?> request) {
        return render(request, HttpStatus.NOT_FOUND, "error/404");
    }

    @Error(exception = ConversionErrorException.class, global = true)
    HttpResponse<?> conversion(HttpRequest<?> request, ConversionErrorException e) {
        String name = e.getArgument() == null ? "" : e.getArgument().getName();
        boolean paging = ApiProblems.isApi(request) && (name.equals("page") || name.equals("size"));
        return responses.render(request, HttpStatus.BAD_REQUEST, "error/400", paging ? kyodo.core.ApiPage.PAGING_KEY : null);
    }

    @Error(exception = UnsatisfiedRouteException.class, global = true)
    HttpResponse<?> unsatisfied(HttpRequest<?> request) {
        return render(request, HttpStatus.BAD_REQUEST, "error/400");
    }

    @Error(exception = ConstraintViolationException.class, global = true)
    HttpResponse<?> constraint(HttpRequest<?> request) {
        return render(request, HttpStatus.BAD_REQUEST, "error/400");
    }

    @Error(exception = io.micronaut.http.exceptions.ContentLengthExceededException.class, global = true)
    HttpResponse<?> tooLarge(HttpRequest<?> request) {
        return responses.render(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "error/400", "core.error.input.tooLarge");
    }

    @Error(exception = HttpStatusException.class, global = true)
    HttpResponse<?> status(HttpRequest<?> request, HttpStatusException e) {
        HttpStatus status = e.getStatus();
        String view = switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN, UNAUTHORIZED -> "error/403";
            case BAD_REQUEST, UNPROCESSABLE_ENTITY, REQUEST_ENTITY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE -> "error/400";
            default -> status.getCode() >= 500 ? "error/500" : "error/400";
        };
        return responses.render(request, status, view, e instanceof kyodo.core.ApiPage.BadPaging ? kyodo.core.ApiPage.PAGING_KEY : null);
    }

    @Error(global = true)
    HttpResponse<?> serverError(HttpRequest<?> request, Throwable error) {
        if (unreadableBody(error)) {
            // JSON that does not parse or does not fit the request record: the caller's mistake.
            return responses.render(request, HttpStatus.BAD_REQUEST, "error/400", "core.error.input.malformed");
        }
        if (databaseUnavailable(error)) {
            LOG.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getPath(), error.toString());
            return render(request, HttpStatus.SERVICE_UNAVAILABLE, "error/503").header("Retry-After", "5");
        }
        LOG.error("Unhandled error on {} {}", request.getMethod(), request.getPath(), error);
        return render(request, HttpStatus.INTERNAL_SERVER_ERROR, "error/500");
    }

    private static boolean unreadableBody(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof io.micronaut.http.codec.CodecException || t instanceof io.micronaut.json.JsonSyntaxException
                    || t instanceof io.micronaut.serde.exceptions.SerdeException) {
                return true;
            }
        }
        return false;
    }

    private static boolean databaseUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            // SQLState class 08 is "connection exception"; Connector/J's link failure is a recoverable one.
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException || t instanceof java.net.ConnectException
                    || t instanceof io.micronaut.data.connection.exceptions.ConnectionException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private io.micronaut.http.MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String view) {
        return responses.render(request, status, view);
    }
}
