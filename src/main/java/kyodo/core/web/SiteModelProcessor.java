package kyodo.core.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import kyodo.core.DateFormats;
import kyodo.core.KyodoSettings;
import kyodo.core.NavigationLink;
import kyodo.core.Role;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds what the shared layout needs to every page's model: {@code site} (city, visitor,
 * navigation, language), {@code dates} (formatting in the visitor's language) and
 * {@code csrfToken} for forms.
 */
@Singleton
class SiteModelProcessor implements ViewModelProcessor<Map<String, Object>> {

    /** The signed-in visitor as the layout sees them. */
    public record Visitor(long id, String name, Set<Role> roles) {
        public boolean has(String role) {
            return roles.contains(Role.valueOf(role));
        }

        public boolean isStaff() {
            return roles.contains(Role.STAFF) || roles.contains(Role.ADMIN);
        }

        public boolean canManage() {
            return roles.stream().anyMatch(r -> r != Role.CITIZEN);
        }
    }

    public record Site(String cityName, String centerName, String lang, Visitor visitor, List<NavigationLink> nav,
                       List<NavigationLink> manageLinks, String path) {
        public boolean signedIn() {
            return visitor != null;
        }
    }

    private final KyodoSettings settings;
    private final HttpLocaleResolver localeResolver;
    private final List<NavigationLink> links;
    private final CsrfCookieFilter csrfTokens;

    SiteModelProcessor(KyodoSettings settings, HttpLocaleResolver localeResolver,
                       List<NavigationLink.Provider> providers, CsrfCookieFilter csrfTokens) {
        this.settings = settings;
        this.csrfTokens = csrfTokens;
        this.localeResolver = localeResolver;
        this.links = providers.stream().flatMap(p -> p.links().stream())
                .sorted(Comparator.comparingInt(NavigationLink::order)).toList();
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElseGet(Map::of));
        Locale locale = localeResolver.resolveOrDefault(request);
        Visitor visitor = visitor(request);
        Set<Role> roles = visitor == null ? Set.of() : visitor.roles();
        boolean english = "en".equals(locale.getLanguage());
        model.put("site", new Site(english ? settings.getCityNameEn() : settings.getCityName(),
                settings.getCenterName(), english ? "en" : "ja", visitor,
                visible(NavigationLink.Menu.MAIN, visitor, roles), visible(NavigationLink.Menu.ADMIN, visitor, roles),
                request.getPath()));
        model.put("dates", new DateFormats(locale));
        model.put("csrfToken", csrfTokens.token(request));
        modelAndView.setModel(model);
    }

    /** The links this visitor's roles reach, each path once (a link offered to two of their roles shows once). */
    private List<NavigationLink> visible(NavigationLink.Menu menu, Visitor visitor, Set<Role> roles) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return links.stream()
                .filter(l -> l.menu() == menu)
                .filter(l -> l.role() == null ? menu == NavigationLink.Menu.MAIN || visitor != null
                        : roles.contains(l.role()) || roles.contains(Role.ADMIN))
                .filter(l -> seen.add(l.path()))
                .toList();
    }

    private static Visitor visitor(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).map(a -> {
            Set<Role> roles = a.getRoles().stream().map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            Object name = a.getAttributes().get("name");
            return new Visitor(Long.parseLong(a.getName()), name == null ? "" : name.toString(), roles);
        }).orElse(null);
    }
}
