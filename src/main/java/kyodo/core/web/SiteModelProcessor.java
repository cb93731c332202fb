package kyodo.core.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import kyodo.core.DateFormats;
import kyodo.core.KyodoSettings;
import kyodo.core.ModuleUi;
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

        /** Whom a page shared by everyone with these roles is rendered for: no one's id, a mark for the name. */
        Visitor standIn() {
            return new Visitor(0, PersonalPage.NAME_MARK, roles);
        }
    }

    /**
     * {@code center} is the support center's contact (footer, contact page).
 * {@code display} is the visitor's text size and contrast (cookies), set as a class on {@code <html>}.
 * {@code keys} is the message key prefix of the module whose view this is ({@code sub.}), for the
     * form fragments' labels ({@code sub.field.<name>}); {@code stylesheets} are the modules' styles.
     */
    public record Site(String cityName, String centerName, String lang, Visitor visitor, List<NavigationLink> nav,
                       List<NavigationLink> manageLinks, String path, String keys, List<String> stylesheets,
                       kyodo.core.Display display, Center center, List<Crumb> crumbs) {
        public boolean signedIn() {
            return visitor != null;
        }
    }

    /** A step of the breadcrumb trail above a page: its link and the message key of its label. */
    public record Crumb(String href, String labelKey) {
    }

    private final KyodoSettings settings;
    private final HttpLocaleResolver localeResolver;
    private final List<NavigationLink> links;
    private final CsrfCookieFilter csrfTokens;
    private final PageAccessRule access;
    private final Map<String, String> keysByViewFolder;
    private final List<String> stylesheets;
    private final StaticAssets assets;
    /** The menus by who asks: the links and the areas' rules are fixed, so each set of roles is worked out once. */
    private final Map<MenuKey, List<NavigationLink>> menus = new java.util.concurrent.ConcurrentHashMap<>();

    private record MenuKey(NavigationLink.Menu menu, boolean signedIn, Set<Role> roles) {
    }

    SiteModelProcessor(KyodoSettings settings, HttpLocaleResolver localeResolver,
                       List<NavigationLink.Provider> providers, CsrfCookieFilter csrfTokens, PageAccessRule access,
                       List<ModuleUi> modules, StaticAssets assets) {
        this.settings = settings;
        this.csrfTokens = csrfTokens;
        this.localeResolver = localeResolver;
        this.access = access;
        this.assets = assets;
        this.links = providers.stream().flatMap(p -> p.links().stream())
                .sorted(Comparator.comparingInt(NavigationLink::order)).toList();
        this.keysByViewFolder = modules.stream().collect(Collectors.toMap(ModuleUi::viewFolder, ModuleUi::keyPrefix));
        // Core's stylesheet first, the modules' after it (they refine the shared styles).
        this.stylesheets = modules.stream().filter(m -> m.stylesheet() != null)
                .sorted(Comparator.comparing((ModuleUi m) -> !"core".equals(m.viewFolder())).thenComparing(ModuleUi::viewFolder))
                .map(ModuleUi::stylesheet).map(assets::url).toList();
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElseGet(Map::of));
        Locale locale = localeResolver.resolveOrDefault(request);
        Visitor visitor = visitor(request);
        // A page rendered for the store carries no one's token (see SharedPages): none for anonymous
        // visitors, who post nothing from these pages, and a mark for signed-in ones, filled in per visitor.
        String csrfToken;
        if (!SharedPages.renderingForStore(request)) {
            csrfToken = csrfTokens.token(request);
        } else if (visitor == null) {
            csrfToken = null;
        } else {
            visitor = visitor.standIn();
            csrfToken = PersonalPage.TOKEN_MARK;
        }
        Set<Role> roles = visitor == null ? Set.of() : visitor.roles();
        boolean english = "en".equals(locale.getLanguage());
        List<NavigationLink> nav = visible(NavigationLink.Menu.MAIN, visitor, roles);
        List<NavigationLink> manageLinks = visible(NavigationLink.Menu.ADMIN, visitor, roles);
        kyodo.core.Display display = kyodo.core.Display.of(request);
        model.put("site", new Site(english ? settings.getCityNameEn() : settings.getCityName(),
                settings.getCenterName(), english ? "en" : "ja", visitor, nav, manageLinks,
                request.getPath(), keys(modelAndView.getView().orElse("")), stylesheets, display,
                Center.of(settings), crumbs(request.getPath(), nav, manageLinks)));
        model.put("dates", new DateFormats(locale, display.eraDates()));
        model.put("assets", assets);
        model.put("csrfToken", csrfToken);
        modelAndView.setModel(model);
    }

    /**
     * The trail above a page below the home page, drawn from the navigation: ホーム, then マイページ for
     * account pages or 管理メニュー for management pages, then the menu link whose path is the longest
     * prefix of this page's (the section), unless that is this page; the layout adds the page itself.
     * A page at the top of a section shows ホーム › page.
     */
    static List<Crumb> crumbs(String path, List<NavigationLink> nav, List<NavigationLink> manageLinks) {
        List<Crumb> trail = new java.util.ArrayList<>();
        if (path == null || "/".equals(path)) {
            return trail;
        }
        trail.add(new Crumb("/", "core.breadcrumbs.home"));
        if (under(path, "/account") && !"/account".equals(path)) {
            trail.add(new Crumb("/account", "core.layout.myAccount"));
        }
        NavigationLink inManage = longestPrefix(path, manageLinks);
        boolean management = inManage != null || under(path, "/manage") || under(path, "/admin") || under(path, "/review");
        if (management && !"/manage".equals(path)) {
            trail.add(new Crumb("/manage", "core.layout.manage"));
        }
        NavigationLink section = inManage != null ? inManage : longestPrefix(path, nav);
        if (section != null && !section.path().equals(path)) {
            trail.add(new Crumb(section.path(), section.labelKey()));
        }
        return trail;
    }

    private static NavigationLink longestPrefix(String path, List<NavigationLink> links) {
        return links.stream().filter(l -> !"/".equals(l.path()) && under(path, l.path()))
                .max(Comparator.comparingInt(l -> l.path().length())).orElse(null);
    }

    private static boolean under(String path, String section) {
        return path.equals(section) || path.startsWith(section + "/");
    }

    /** The module of a view is its first folder ({@code subsidies/apply}); error and layout views are core's. */
    private String keys(String view) {
        int slash = view.indexOf('/');
        return keysByViewFolder.getOrDefault(slash < 0 ? view : view.substring(0, slash), "core.");
    }

    /**
     * The links offered to this visitor: those meant for one of their roles (or for everyone) whose
     * page admits them, each path once (a link offered to two of their roles shows once).
     */
    private List<NavigationLink> visible(NavigationLink.Menu menu, Visitor visitor, Set<Role> roles) {
        return menus.computeIfAbsent(new MenuKey(menu, visitor != null, Set.copyOf(roles)),
                key -> offered(menu, visitor, roles));
    }

    private List<NavigationLink> offered(NavigationLink.Menu menu, Visitor visitor, Set<Role> roles) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return links.stream()
                .filter(l -> l.menu() == menu)
                .filter(l -> menu == NavigationLink.Menu.MAIN ? l.role() == null || roles.contains(l.role()) : visitor != null)
                .filter(l -> access.admits(l.path(), roles))
                .filter(l -> seen.add(l.path()))
                .toList();
    }

    private static Visitor visitor(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).map(a -> {
            Set<Role> roles = a.getRoles().stream().map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            return new Visitor(Long.parseLong(a.getName()), nameOf(a), roles);
        }).orElse(null);
    }

    /** The name the layout greets a signed-in visitor by. */
    static String nameOf(Authentication authentication) {
        Object name = authentication.getAttributes().get("name");
        return name == null ? "" : name.toString();
    }
}
