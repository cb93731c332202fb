package kyodo.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Refuses a state-changing request whose CSRF token does not match the visitor's CSRF cookie.
 * The token comes from the form field {@code csrfToken} (URL-encoded or multipart forms) or
 * the {@code X-CSRF-TOKEN} header (JSON). Micronaut Security's validator checks the token
 * (signature and cookie); this filter only finds the token, because the library's own filter
 * does not work with the async body reads of this Micronaut version.
 */
@ServerFilter("/**")
class CsrfCheckFilter implements Ordered {

    private static final Set<HttpMethod> CHECKED = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final CsrfConfiguration configuration;
    private final CsrfTokenValidator<HttpRequest<?>> validator;
    private final ErrorResponses errors;

    CsrfCheckFilter(CsrfConfiguration configuration, CsrfTokenValidator<HttpRequest<?>> validator,
                    ErrorResponses errors) {
        this.configuration = configuration;
        this.validator = validator;
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Body @Nullable byte[] body) {
        if (!CHECKED.contains(request.getMethod())
                || request.getAttribute(kyodo.core.internal.AccessTokenService.REQUEST_ATTRIBUTE).isPresent()) {
            // A call made with a personal access token carries no cookie a foreign page could ride on.
            return null;
        }
        String token = token(request, body);
        if (token != null && !token.isBlank() && validator.validateCsrfToken(request, token)) {
            return null;
        }
        return errors.render(request, HttpStatus.FORBIDDEN, "error/403");
    }

    private String token(HttpRequest<?> request, byte[] body) {
        String header = request.getHeaders().get(configuration.getHeaderName());
        if (header != null) {
            return header;
        }
        if (body == null) {
            return null;
        }
        MediaType type = request.getContentType().orElse(null);
        if (type == null) {
            return null;
        }
        if (type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return formField(new String(body, StandardCharsets.US_ASCII), configuration.getFieldName());
        }
        if (type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return multipartField(body, configuration.getFieldName());
        }
        return null;
    }

    static String formField(String body, String name) {
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The value of a small text part: after its headers' blank line, up to the next CRLF. */
    static String multipartField(byte[] body, String name) {
        byte[] marker = ("name=\"" + name + "\"").getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(body, marker, 0);
        if (at < 0) {
            return null;
        }
        int start = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
        if (start < 0) {
            return null;
        }
        start += 4;
        int end = indexOf(body, "\r\n".getBytes(StandardCharsets.US_ASCII), start);
        return end < 0 ? null : new String(body, start, end - start, StandardCharsets.US_ASCII);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
