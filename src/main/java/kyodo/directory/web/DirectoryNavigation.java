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
                new NavigationLink(Menu.MAIN, 310, "/board", "nav.dir.board", null),
                new NavigationLink(Menu.MAIN, 320, "/volunteer", "nav.dir.volunteer", Role.CITIZEN),
                new NavigationLink(Menu.ADMIN, 300, "/admin/groups", "nav.dir.admin.groups", Role.COORDINATOR),
                new NavigationLink(Menu.ADMIN, 310, "/admin/board", "nav.dir.admin.board", Role.COORDINATOR),
                new NavigationLink(Menu.ADMIN, 320, "/admin/volunteers", "nav.dir.admin.volunteers", Role.COORDINATOR),
                new NavigationLink(Menu.ADMIN, 330, "/admin/directory/import", "nav.dir.admin.import", Role.STAFF));
    }
}
