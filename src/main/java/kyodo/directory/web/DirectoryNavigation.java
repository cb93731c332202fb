package kyodo.directory.web;

import jakarta.inject.Singleton;
import kyodo.core.NavigationLink;
import kyodo.core.NavigationLink.Menu;
import kyodo.core.Role;

import java.util.List;

@Singleton
class DirectoryNavigation implements NavigationLink.Provider {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Menu.MAIN, 300, "/groups", "nav.dir.groups", null),
                new NavigationLink(Menu.ADMIN, 300, "/admin/groups", "nav.dir.admin.groups", Role.COORDINATOR),
                new NavigationLink(Menu.ADMIN, 301, "/admin/groups", "nav.dir.admin.groups", Role.STAFF));
    }
}
