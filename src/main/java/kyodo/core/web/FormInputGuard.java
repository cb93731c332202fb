package kyodo.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
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
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses what no form of the portal sends, before any controller binds it, so that nothing of it is
 * written: a control character (NUL and the like; tabs and line breaks are fine) in any field, and a
 * field sent twice where the form record holds one value (binding would join the two with a comma).
 * Fields bound to a list (checkboxes, table rows) may repeat.
 */
@ServerFilter("/**")
class FormInputGuard implements Ordered {

    private static final Set<HttpMethod> CHECKED = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final ErrorResponses errors;
    /** Form record type → its fields that are lists. */
    private final Map<Class<?>, Set<String>> listFields = new ConcurrentHashMap<>();

    FormInputGuard(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 10;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Body @Nullable byte[] body) {
        if (body == null || !CHECKED.contains(request.getMethod())
                || request.getContentType().filter(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).isEmpty()) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return refuse(request, "core.error.input.malformed");
            }
            if (hasControlCharacter(name) || hasControlCharacter(value)) {
                return refuse(request, "core.error.input.control");
            }
            counts.merge(name, 1, Integer::sum);
        }
        Set<String> lists = listFieldsOf(request);
        for (Map.Entry<String, Integer> field : counts.entrySet()) {
            if (field.getValue() > 1 && !lists.contains(field.getKey()) && !lists.contains("*")) {
                return refuse(request, "core.error.input.repeated");
            }
        }
        return null;
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                return true;
            }
        }
        return false;
    }

    /** The list fields of the form record the matched route binds with {@code @Body} (none for other routes). */
    private Set<String> listFieldsOf(HttpRequest<?> request) {
        Optional<RouteMatch<?>> match = RouteAttributes.getRouteMatch(request);
        if (match.isEmpty()) {
            return Set.of();
        }
        return match.get().getRouteInfo().getFullRequestBodyType()
                .map(argument -> listFields.computeIfAbsent(argument.getType(), FormInputGuard::listsOf))
                .orElse(Set.of());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Set<String> listsOf(Class<?> type) {
        Optional<BeanIntrospection<Object>> introspection = BeanIntrospector.SHARED.findIntrospection((Class) type);
        Set<String> names = new HashSet<>();
        introspection.ifPresent(i -> {
            for (BeanProperty<Object, Object> property : i.getBeanProperties()) {
                if (Collection.class.isAssignableFrom(property.getType()) || property.getType().isArray()) {
                    names.add(property.getName());
                } else if (Map.class.isAssignableFrom(property.getType())) {
                    // A map catches fields whose names are data (the answers of a questionnaire): the form checks them.
                    names.add("*");
                }
            }
        });
        if (introspection.isEmpty() || Map.class.isAssignableFrom(type)) {
            names.add("*");
        }
        return names;
    }

    private HttpResponse<?> refuse(HttpRequest<?> request, String reasonKey) {
        return errors.render(request, HttpStatus.BAD_REQUEST, "error/400", reasonKey);
    }
}
