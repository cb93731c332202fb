package kyodo.core.admin;

import jakarta.inject.Singleton;
import kyodo.core.NavigationLink;
import kyodo.core.NavigationLink.Menu;
import kyodo.core.Role;

import java.util.List;

@Singleton
class CoreNavigation implements NavigationLink.Provider {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Menu.MAIN, 0, "/", "nav.home", null),
                new NavigationLink(Menu.ADMIN, 900, "/admin/accounts", "nav.admin.accounts", Role.ADMIN),
                new NavigationLink(Menu.ADMIN, 910, "/admin/audit", "nav.admin.audit", Role.ADMIN),
                new NavigationLink(Menu.ADMIN, 920, "/admin/outbox", "nav.admin.outbox", Role.ADMIN));
    }
}
