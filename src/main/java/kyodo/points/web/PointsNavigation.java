package kyodo.points.web;

import jakarta.inject.Singleton;
import kyodo.core.NavigationLink;
import kyodo.core.NavigationLink.Menu;
import kyodo.core.Role;

import java.util.List;

@Singleton
class PointsNavigation implements NavigationLink.Provider {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Menu.MAIN, 330, "/points", "pts.nav.points", Role.CITIZEN),
                new NavigationLink(Menu.ADMIN, 350, "/admin/points/checks", "pts.nav.checks", null),
                new NavigationLink(Menu.ADMIN, 351, "/admin/points", "pts.nav.admin", null));
    }
}
