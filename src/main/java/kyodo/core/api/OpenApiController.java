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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves the OpenAPI document that micronaut-openapi generates at compile time (as JSON) from every JSON
 * controller of the group "api" (see src/main/openapi/openapi.properties), as JSON and as YAML written from it.
 * The generator names the schema of a list by the Java types ({@code ApiPage_DirectoryJsonController.GroupJson_});
 * here each is named after its items' schema instead ({@code GroupPage}), the references to it too.
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
            Object tree = pageNames(new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            json = mapper.writeValueAsBytes(tree);
            // SnakeYAML quotes every string that a YAML reader would otherwise take for another type.
            org.yaml.snakeyaml.DumperOptions options = new org.yaml.snakeyaml.DumperOptions();
            options.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
            options.setWidth(120);
            yaml = new Yaml(options).dump(tree).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String SCHEMAS = "#/components/schemas/";

    /** Each {@code ApiPage_…} schema renamed {@code <item schema>Page}, unless that name is taken. */
    @SuppressWarnings("unchecked")
    static Object pageNames(Object document) {
        Map<String, Object> doc = (Map<String, Object>) document;
        Map<String, Object> components = (Map<String, Object>) doc.get("components");
        Map<String, Object> schemas = components == null ? null : (Map<String, Object>) components.get("schemas");
        if (schemas == null) {
            return document;
        }
        Map<String, String> renamed = new HashMap<>();
        for (Map.Entry<String, Object> e : schemas.entrySet()) {
            if (!e.getKey().startsWith("ApiPage_") || !(e.getValue() instanceof Map<?, ?> schema)
                    || !(schema.get("properties") instanceof Map<?, ?> properties)
                    || !(properties.get("items") instanceof Map<?, ?> items) || !(items.get("items") instanceof Map<?, ?> item)
                    || !(item.get("$ref") instanceof String ref) || !ref.startsWith(SCHEMAS)) {
                continue;
            }
            String name = ref.substring(SCHEMAS.length()) + "Page";
            if (!schemas.containsKey(name) && !renamed.containsValue(name)) {
                renamed.put(e.getKey(), name);
            }
        }
        Map<String, Object> named = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> named.put(renamed.getOrDefault(name, name), schema));
        components.put("schemas", named);
        return references(doc, renamed);
    }

    /** The tree with every {@code $ref} to a renamed schema pointing at its new name. */
    @SuppressWarnings("unchecked")
    private static Object references(Object node, Map<String, String> renamed) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((key, value) -> out.put(key, "$ref".equals(key) && value instanceof String ref
                    && ref.startsWith(SCHEMAS) && renamed.containsKey(ref.substring(SCHEMAS.length()))
                    ? SCHEMAS + renamed.get(ref.substring(SCHEMAS.length())) : references(value, renamed)));
            return out;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(v -> references(v, renamed)).toList();
        }
        return node;
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
