package kyodo.core;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error responses of the JSON API as annotations for its operations, so that every operation documents
 * the statuses it can return with the one problem schema ({@link ApiProblems.Problem}) in both media types
 * ApiProblems answers with. Put the ones that apply on each operation: {@link Public} on every one (its 401 is also
 * the answer to a call that must be signed in), {@link Write} on every write, {@link NotFound} where a
 * path names a thing, {@link Invalid} where the body is validated.
 */
public final class ApiResponses {

    private ApiResponses() {
    }

    public static final String PROBLEM_EXAMPLE = """
            {"type":"about:blank","title":"Not Found","status":404,"detail":null,"instance":"/api/v1/events/999999","errors":null}""";

    /** 400 (a parameter or body that does not parse), 401 (not signed in, or a bad token) and 429 (rate limit): any call can get them. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "400", description = "A parameter or the body could not be read.", content = {
            @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblems.Problem.class)),
            @Content(mediaType = "application/json", schema = @Schema(implementation = ApiProblems.Problem.class))})
    @ApiResponse(responseCode = "401", description = "Not signed in where the call needs it, or the bearer token is wrong, expired or revoked (see WWW-Authenticate).", content = {
            @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblems.Problem.class)),
            @Content(mediaType = "application/json", schema = @Schema(implementation = ApiProblems.Problem.class))})
    @ApiResponse(responseCode = "429", description = "Too many calls this minute, per token or per address; see Retry-After.", content = {
            @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblems.Problem.class)),
            @Content(mediaType = "application/json", schema = @Schema(implementation = ApiProblems.Problem.class))})
    public @interface Public {
    }

    /** 403 (a read-only token, or a cookie call without its X-CSRF-TOKEN header) and 415 (a body not JSON). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "403", description = "A read-only token, or a cookie call without a valid X-CSRF-TOKEN header.", content = {
            @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblems.Problem.class)),
            @Content(mediaType = "application/json", schema = @Schema(implementation = ApiProblems.Problem.class))})
    @ApiResponse(responseCode = "415", description = "The body is not application/json.", content = {
            @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblems.Problem.class)),
            @Content(mediaType = "application/json", schema = @Schema(implementation = ApiProblems.Problem.class))})
    public @interface Write {
    }

    /** 404: nothing (visible to the caller) at this path. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "404", description = "Not found.", content = {
            @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblems.Problem.class),
                    examples = @ExampleObject(name = "notFound", value = PROBLEM_EXAMPLE)),
            @Content(mediaType = "application/json", schema = @Schema(implementation = ApiProblems.Problem.class))})
    public @interface NotFound {
    }

    /** 422: the request broke a rule; {@code errors} holds the messages by the request's own field names. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "422", description = "The request broke a rule; errors by request field.", content = {
            @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblems.Problem.class),
                    examples = @ExampleObject(name = "invalid", value = """
                            {"type":"about:blank","title":"Some input is not valid","status":422,"detail":"At most 2 companions","instance":"/api/v1/events/1/registration","errors":{"companions":["At most 2 companions"]}}""")),
            @Content(mediaType = "application/json", schema = @Schema(implementation = ApiProblems.Problem.class))})
    public @interface Invalid {
    }
}
