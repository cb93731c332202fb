package kyodo.directory.internal;

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
                new NavigationLink(Menu.MAIN, 300, "/groups", "dir.nav.groups", null),
                new NavigationLink(Menu.MAIN, 310, "/board", "dir.nav.board", null),
                new NavigationLink(Menu.MAIN, 320, "/volunteer", "dir.nav.volunteer", Role.CITIZEN),
                new NavigationLink(Menu.ADMIN, 300, "/admin/groups", "dir.nav.admin.groups", null),
                new NavigationLink(Menu.ADMIN, 310, "/admin/board", "dir.nav.admin.board", null),
                new NavigationLink(Menu.ADMIN, 320, "/admin/volunteers", "dir.nav.admin.volunteers", null),
                new NavigationLink(Menu.ADMIN, 330, "/admin/directory/import", "dir.nav.admin.import", null));
    }
}
