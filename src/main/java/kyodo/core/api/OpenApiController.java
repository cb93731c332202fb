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
 * Serves the OpenAPI document that micronaut-openapi generates at compile time (as JSON) from every JSON
 * controller of the group "api" (see src/main/openapi/openapi.properties), as JSON and as YAML written from it.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_ANONYMOUS)
class OpenApiController {

    static final String DOCUMENT = "classpath:META-INF/swagger/kyodo-v1.json";

    private final byte[] yaml;
    private final byte[] json;

    OpenApiController(ResourceResolver resources, JsonMapper mapper) {
        try (InputStream in = resources.getResourceAsStream(DOCUMENT)
                .orElseThrow(() -> new IllegalStateException(DOCUMENT + " is missing: the build generates it"))) {
            json = in.readAllBytes();
            // SnakeYAML quotes every string that a YAML reader would otherwise take for another type.
            org.yaml.snakeyaml.DumperOptions options = new org.yaml.snakeyaml.DumperOptions();
            options.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
            options.setWidth(120);
            Object tree = new Yaml().load(new String(json, StandardCharsets.UTF_8));
            yaml = new Yaml(options).dump(tree).getBytes(StandardCharsets.UTF_8);
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
