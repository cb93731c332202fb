package kyodo.subsidies.admin;

import jakarta.inject.Singleton;
import kyodo.core.NavigationLink;
import kyodo.core.NavigationLink.Menu;

import java.util.List;

@Singleton
class SubsidyNavigation implements NavigationLink.Provider {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Menu.MAIN, 30, "/subsidies", "sub.nav.subsidies", null),
                new NavigationLink(Menu.ADMIN, 300, "/admin/subsidies", "sub.nav.admin.subsidies", null),
                new NavigationLink(Menu.ADMIN, 310, "/review/subsidies", "sub.nav.review.subsidies", null));
    }
}
