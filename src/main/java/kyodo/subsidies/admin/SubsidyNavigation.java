package kyodo.subsidies.admin;

import jakarta.inject.Singleton;
import kyodo.core.NavigationLink;
import kyodo.core.NavigationLink.Menu;
import kyodo.core.Role;

import java.util.List;

@Singleton
class SubsidyNavigation implements NavigationLink.Provider {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Menu.MAIN, 30, "/subsidies", "nav.subsidies", null),
                new NavigationLink(Menu.ADMIN, 300, "/admin/subsidies", "nav.admin.subsidies", Role.STAFF),
                new NavigationLink(Menu.ADMIN, 310, "/review/subsidies", "nav.review.subsidies", Role.REVIEWER));
    }
}
