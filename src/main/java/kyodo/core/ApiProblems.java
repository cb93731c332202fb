package kyodo.core;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every error of the JSON API as RFC 9457 problem details ({@code application/problem+json}),
 * in the caller's language, whatever the request's Accept header said. The body is written as
 * text here so that no content negotiation can turn an error into a second error.
 */
@Singleton
public class ApiProblems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** {@code errors} holds the messages by form field, for a request that failed validation. */
    @Serdeable
    @io.swagger.v3.oas.annotations.media.Schema(name = "Problem", description = "RFC 9457 problem details.")
    public record Problem(@io.swagger.v3.oas.annotations.media.Schema(example = "about:blank", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String type,
                          @io.swagger.v3.oas.annotations.media.Schema(description = "The status's title in the caller's language.", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String title,
                          @io.swagger.v3.oas.annotations.media.Schema(example = "404", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) int status,
                          @io.swagger.v3.oas.annotations.media.Schema(description = "What was wrong, when known.") @Nullable String detail,
                          @io.swagger.v3.oas.annotations.media.Schema(example = "/api/v1/events/1", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String instance,
                          @io.swagger.v3.oas.annotations.media.Schema(description = "For a 422: the messages by the request's own field names.")
                          @Nullable Map<String, List<String>> errors) {
    }

    private final MessageSource messages;
    private final HttpLocaleResolver locales;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, HttpLocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    public static boolean isApi(HttpRequest<?> request) {
        return request.getPath().startsWith("/api/");
    }

    /** A problem with the status's title and, when given, a sentence saying what was wrong ({@code detailKey}). */
    public MutableHttpResponse<String> problem(HttpRequest<?> request, HttpStatus status, @Nullable String detailKey) {
        Locale locale = locales.resolveOrDefault(request);
        String detail = detailKey == null ? null : text(detailKey, null, locale);
        return respond(request, status, detail, null, locale);
    }

    /** A 404: nothing public at this address. */
    public MutableHttpResponse<String> notFound(HttpRequest<?> request) {
        return problem(request, HttpStatus.NOT_FOUND, null);
    }

    /** A 422 with the validation messages of each field; the first becomes the detail. */
    public MutableHttpResponse<String> invalid(HttpRequest<?> request, FieldErrors errors) {
        return invalid(request, errors, Map.of());
    }

    /**
     * A 422 whose {@code errors} are keyed by the request's own field names: {@code fieldNames} maps a name the
     * service uses (a page form's, such as {@code eventCompanions}) to the API request's ({@code companions}).
     * A message about the whole request ({@link FieldErrors#FORM}) is the detail only.
     */
    public MutableHttpResponse<String> invalid(HttpRequest<?> request, FieldErrors errors, Map<String, String> fieldNames) {
        Locale locale = locales.resolveOrDefault(request);
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        errors.all().forEach((field, list) -> {
            List<String> texts = new ArrayList<>();
            list.forEach(m -> texts.add(text(m.key(), m.arg(), locale)));
            all.addAll(texts);
            if (!FieldErrors.FORM.equals(field)) {
                byField.computeIfAbsent(fieldNames.getOrDefault(field, field), k -> new ArrayList<>()).addAll(texts);
            }
        });
        return respond(request, HttpStatus.UNPROCESSABLE_ENTITY, all.isEmpty() ? null : all.get(0), byField, locale);
    }

    private MutableHttpResponse<String> respond(HttpRequest<?> request, HttpStatus status, @Nullable String detail,
                                                @Nullable Map<String, List<String>> errors, Locale locale) {
        String title = messages.getMessage("core.error.api." + status.getCode(), locale)
                .or(() -> messages.getMessage(status.getCode() >= 500 ? "core.error.api.500" : "core.error.api.400", locale))
                .orElse(status.getReason());
        Problem problem = new Problem("about:blank", title, status.getCode(), detail, request.getPath(), errors);
        try {
            return HttpResponse.<String>status(status).contentType(contentType(request) + ";charset=utf-8")
                    .body(json.writeValueAsString(problem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** problem+json, or plain JSON for a client that asks for JSON but not for problem details (the body is the same). */
    private static String contentType(HttpRequest<?> request) {
        java.util.Collection<io.micronaut.http.MediaType> accepted = request.accept();
        boolean problemAccepted = accepted.isEmpty() || accepted.stream().anyMatch(t -> t.getName().equals(MEDIA_TYPE)
                || t.getName().equals("*/*") || t.getName().equals("application/*"));
        boolean jsonAccepted = accepted.stream().anyMatch(t -> t.getName().equals(io.micronaut.http.MediaType.APPLICATION_JSON));
        return !problemAccepted && jsonAccepted ? io.micronaut.http.MediaType.APPLICATION_JSON : MEDIA_TYPE;
    }

    private String text(String key, @Nullable Object arg, Locale locale) {
        return messages.getMessage(key, locale, arg == null ? new Object[0] : new Object[]{arg}).orElse(key);
    }
}
