package kyodo.core.api;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the OpenAPI document that micronaut-openapi generates at compile time from every JSON
 * controller of the group "api" (see src/main/openapi/openapi.properties), as YAML and as JSON.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_ANONYMOUS)
class OpenApiController {

    static final String DOCUMENT = "classpath:META-INF/swagger/kyodo-v1.yml";

    private final byte[] yaml;
    private final byte[] json;

    OpenApiController(ResourceResolver resources, JsonMapper mapper) {
        try (InputStream in = resources.getResourceAsStream(DOCUMENT)
                .orElseThrow(() -> new IllegalStateException(DOCUMENT + " is missing: the build generates it"))) {
            yaml = in.readAllBytes();
            json = mapper.writeValueAsBytes(new Yaml().load(new String(yaml, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Produces({"application/yaml", MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Get("/openapi.yml")
    HttpResponse<byte[]> yaml() {
        return HttpResponse.ok(yaml).contentType(new MediaType("application/yaml; charset=utf-8"));
    }

    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Get("/openapi.json")
    HttpResponse<byte[]> json() {
        return HttpResponse.ok(json).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
