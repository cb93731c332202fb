package kyodo.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.HomeSection;
import kyodo.core.Pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The home page: one section per slot, filled by the module that owns it or showing what will appear there. */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class HomeController {

    /** A slot as the template sees it: the module's fragment and data, or null for the empty state. */
    public record SlotView(String slot, String template, Object data) {
        public boolean filled() {
            return template != null;
        }
    }

    private final List<HomeSection> sections;
    private final HttpLocaleResolver locales;

    HomeController(List<HomeSection> sections, HttpLocaleResolver locales) {
        this.sections = sections;
        this.locales = locales;
    }

    @Get
    HttpResponse<?> home(HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        List<SlotView> slots = new ArrayList<>();
        for (HomeSection.Slot slot : HomeSection.Slot.values()) {
            SlotView view = sections.stream().filter(s -> s.slot() == slot).findFirst()
                    .map(s -> new SlotView(slot.name(), s.template(), s.data(locale)))
                    .orElse(new SlotView(slot.name(), null, null));
            boolean personal = slot == HomeSection.Slot.FOR_YOU;
            if (view.filled() ? view.data() != null : !personal) {
                slots.add(view);
            }
        }
        return Pages.page("portal/home", Map.of("slots", slots));
    }
}
