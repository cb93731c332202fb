package kyodo.events.api;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the hand-written OpenAPI document of the events API. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_ANONYMOUS)
class OpenApiController {

    private final byte[] document;

    OpenApiController(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream("classpath:openapi/events-v1.yml")
                .orElseThrow(() -> new IllegalStateException("openapi/events-v1.yml missing"))) {
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Produces({"application/yaml", MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Get("/openapi.yml")
    HttpResponse<byte[]> openApi() {
        return HttpResponse.ok(document).contentType(new MediaType("application/yaml; charset=utf-8"));
    }
}
