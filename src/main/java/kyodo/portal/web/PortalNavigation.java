package kyodo.portal.web;

import jakarta.inject.Singleton;
import kyodo.core.NavigationLink;
import kyodo.core.NavigationLink.Menu;

import java.util.List;

@Singleton
class PortalNavigation implements NavigationLink.Provider {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Menu.MAIN, 70, "/news", "por.nav.news", null),
                new NavigationLink(Menu.MAIN, 75, "/cases", "por.nav.cases", null),
                new NavigationLink(Menu.ADMIN, 800, "/admin/portal/news", "por.nav.admin.news", null),
                new NavigationLink(Menu.ADMIN, 810, "/admin/portal/cases", "por.nav.admin.cases", null),
                new NavigationLink(Menu.ADMIN, 820, "/admin/portal/newsletters", "por.nav.admin.newsletters", null),
                new NavigationLink(Menu.ADMIN, 830, "/admin/portal/corners", "por.nav.admin.corners", null));
    }
}
