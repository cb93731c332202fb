package kyodo.portal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Display;
import kyodo.core.FreshCopies;
import kyodo.core.HomeSection;
import kyodo.core.HomeSection.Slot;
import kyodo.core.PageParts;
import kyodo.core.Pages;
import kyodo.core.SharedPage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The home page: the slots in their order, each with the sections the modules put in it, or its empty state. */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class HomeController {

    /** One module's part of a slot: its fragment and this request's data. */
    public record Part(String template, Object data) {
    }

    /** A slot as the template sees it; a public slot comes as its HTML, rendered once for everyone. */
    public record SlotView(Slot slot, List<Part> parts, @Nullable String html) {
        public boolean filled() {
            return !parts.isEmpty();
        }
    }

    /** A public slot's HTML as last rendered for one language and display, and the data it was rendered from. */
    private record Rendered(List<Object> data, String html) {
    }

    private record RenderKey(Slot slot, Locale locale, String display) {
    }

    private final List<HomeSection> sections;
    private final List<Slot> slots;
    private final HttpLocaleResolver locales;
    private final PersonalSections personal;
    /** The sections of personal slots, read together for each signed-in visitor. */
    private final List<HomeSection> personalSections;

    /** The data of a section that is the same for everyone (in a slot that is not personal), kept per language. */
    private final Function<SectionKey, Object> sharedData;
    private final PageParts pageParts;
    /**
     * The public slots' HTML, used again while their sections' data are the very copies it was rendered from
     * (so it is exactly as fresh as those copies): per visitor, only the personal slots and the frame are rendered.
     */
    private final Map<RenderKey, Rendered> rendered = new ConcurrentHashMap<>();

    private record SectionKey(HomeSection section, Locale locale) {
    }

    HomeController(List<HomeSection> sections, HttpLocaleResolver locales, FreshCopies copies, PersonalSections personal,
                   PageParts pageParts) {
        this.pageParts = pageParts;
        this.sections = sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).toList();
        Set<Slot> all = new LinkedHashSet<>(Slot.CORE);
        sections.forEach(s -> all.add(s.slot()));
        this.slots = all.stream().sorted(Comparator.comparingInt(Slot::position)).toList();
        this.locales = locales;
        this.personal = personal;
        this.personalSections = this.sections.stream().filter(s -> s.slot().personal()).toList();
        this.sharedData = copies.keep(key -> key.section().data(key.locale()), 200);
    }

    @SharedPage
    @Get
    HttpResponse<?> home(HttpRequest<?> request, @Nullable Authentication visitor) {
        Locale locale = locales.resolveOrDefault(request);
        String display = Display.of(request).key();
        // Personal sections are for signed-in visitors only; an anonymous visitor's page opens no transaction.
        Map<HomeSection, Object> personalData = visitor != null ? personal.read(personalSections, locale) : Map.of();
        List<SlotView> views = new ArrayList<>();
        for (Slot slot : slots) {
            List<Part> parts = new ArrayList<>();
            for (HomeSection section : sections) {
                if (section.slot().equals(slot)) {
                    Object data = slot.personal() ? personalData.get(section) : sharedData.apply(new SectionKey(section, locale));
                    if (data != null) {
                        parts.add(new Part(section.template(), data));
                    }
                }
            }
            if (slot.personal() && !parts.isEmpty()) {
                views.add(new SlotView(slot, parts, null));
            } else if (!slot.personal() && (!parts.isEmpty() || slot.emptyKey() != null)) {
                views.add(new SlotView(slot, parts, html(new RenderKey(slot, locale, display), parts, request)));
            }
        }
        return Pages.page("portal/home", Map.of("slots", views));
    }

    /** The public slot's kept HTML, or the slot rendered again when one of its sections' copies has changed. */
    private String html(RenderKey key, List<Part> parts, HttpRequest<?> request) {
        List<Object> data = parts.stream().map(Part::data).toList();
        Rendered last = rendered.get(key);
        if (last != null && sameCopies(last.data(), data)) {
            return last.html();
        }
        String html = pageParts.render("portal/home :: slot", Map.of("view", new SlotView(key.slot(), parts, null)), request);
        rendered.put(key, new Rendered(data, html));
        return html;
    }

    private static boolean sameCopies(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
