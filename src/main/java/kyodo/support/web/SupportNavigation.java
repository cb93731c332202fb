package kyodo.support.web;

import jakarta.inject.Singleton;
import kyodo.core.NavigationLink;
import kyodo.core.NavigationLink.Menu;

import java.util.List;

@Singleton
class SupportNavigation implements NavigationLink.Provider {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Menu.MAIN, 60, "/support", "sup.nav.support", null),
                new NavigationLink(Menu.ADMIN, 700, "/admin/support/letters", "sup.nav.admin.letters", null),
                new NavigationLink(Menu.ADMIN, 701, "/review/letters", "sup.nav.review.letters", null),
                new NavigationLink(Menu.ADMIN, 710, "/admin/support/insurance", "sup.nav.admin.insurance", null),
                new NavigationLink(Menu.ADMIN, 720, "/admin/support/donations", "sup.nav.admin.donations", null),
                new NavigationLink(Menu.ADMIN, 730, "/admin/support/festa", "sup.nav.admin.festa", null));
    }
}
