package kyodo.core.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.ModuleUi;
import kyodo.core.NavigationLink;
import kyodo.core.Pages;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * サイトマップ: every public page of the main menu, grouped by the module that offers it (the link's
 * message key prefix is its module's, {@link ModuleUi#keyPrefix()}), so a new module's pages appear
 * without touching this page. Core's own pages (home, contact, policies, search) come first.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/sitemap")
@Secured(SecurityRule.IS_ANONYMOUS)
class SitemapController {

    /** One module's public pages; the first link's label heads the group. */
    public record Group(String keyPrefix, List<NavigationLink> links) {
        public String headingKey() {
            return links.get(0).labelKey();
        }
    }

    private final List<Group> groups;

    SitemapController(List<NavigationLink.Provider> providers, List<ModuleUi> modules, PageAccessRule access) {
        List<NavigationLink> open = providers.stream().flatMap(p -> p.links().stream())
                .filter(l -> l.menu() == NavigationLink.Menu.MAIN && l.role() == null && !"/".equals(l.path()))
                .filter(l -> access.admits(l.path(), Set.of()))
                .sorted(Comparator.comparingInt(NavigationLink::order)).toList();
        this.groups = modules.stream()
                .map(m -> new Group(m.keyPrefix(), open.stream().filter(l -> l.labelKey().startsWith(m.keyPrefix()))
                        .filter(distinctPath()).toList()))
                .filter(g -> !g.links().isEmpty())
                .sorted(Comparator.comparingInt((Group g) -> g.links().get(0).order()))
                .toList();
    }

    private static java.util.function.Predicate<NavigationLink> distinctPath() {
        Set<String> seen = new java.util.HashSet<>();
        return l -> seen.add(l.path());
    }

    @Get
    HttpResponse<?> sitemap() {
        return Pages.page("core/sitemap", Map.of("groups", groups));
    }
}
