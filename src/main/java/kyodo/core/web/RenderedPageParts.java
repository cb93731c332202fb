package kyodo.core.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ViewsModelDecorator;
import jakarta.inject.Singleton;
import kyodo.core.PageParts;

import java.util.HashMap;
import java.util.Map;

/** Renders a fragment with the model processors' variables added, as the views filter does for a whole page. */
@Singleton
class RenderedPageParts implements PageParts {

    private final ViewsModelDecorator decorator;
    private final BufferedThymeleafRenderer<Map<String, Object>> renderer;

    RenderedPageParts(ViewsModelDecorator decorator, BufferedThymeleafRenderer<Map<String, Object>> renderer) {
        this.decorator = decorator;
        this.renderer = renderer;
    }

    @Override
    public String render(String fragment, Map<String, Object> model, HttpRequest<?> request) {
        ModelAndView<Map<String, Object>> part = new ModelAndView<>(fragment, new HashMap<>(model));
        decorator.decorate(request, part);
        return renderer.renderWhole(fragment, part.getModel().orElseGet(Map::of), request);
    }
}
