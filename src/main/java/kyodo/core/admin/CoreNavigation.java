package kyodo.core.admin;

import jakarta.inject.Singleton;
import kyodo.core.NavigationLink;
import kyodo.core.NavigationLink.Menu;

import java.util.List;

@Singleton
class CoreNavigation implements NavigationLink.Provider {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Menu.MAIN, 0, "/", "core.nav.home", null),
                new NavigationLink(Menu.ADMIN, 900, "/admin/accounts", "core.nav.admin.accounts", null),
                new NavigationLink(Menu.ADMIN, 910, "/admin/audit", "core.nav.admin.audit", null),
                new NavigationLink(Menu.ADMIN, 920, "/admin/outbox", "core.nav.admin.outbox", null));
    }
}
