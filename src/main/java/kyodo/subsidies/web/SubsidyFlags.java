package kyodo.subsidies.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The confirmation a page shows after a redirect (?saved=1, ?withdrawn=1 …) as {@code flags}
 * in the model of the module's pages, e.g. {@code ${flags.contains('saved')}}.
 */
@Singleton
class SubsidyFlags implements ViewModelProcessor<Map<String, Object>> {

    private static final Set<String> KNOWN = Set.of("saved", "created", "withdrawn", "reported", "uploaded");

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        String path = request.getPath();
        if (!(path.startsWith("/subsidies") || path.startsWith("/admin/subsidies") || path.startsWith("/review/subsidies"))) {
            return;
        }
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElseGet(Map::of));
        model.put("flags", request.getParameters().names().stream().filter(KNOWN::contains).collect(Collectors.toSet()));
        modelAndView.setModel(model);
    }
}
