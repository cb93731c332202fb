package kyodo.plan.web;

import jakarta.inject.Singleton;
import kyodo.core.NavigationLink;
import kyodo.core.NavigationLink.Menu;

import java.util.List;

@Singleton
class PlanNavigation implements NavigationLink.Provider {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Menu.MAIN, 600, "/plan", "pln.nav.plan", null),
                new NavigationLink(Menu.ADMIN, 600, "/admin/plan", "pln.nav.admin", null),
                new NavigationLink(Menu.ADMIN, 601, "/admin/plan/review", "pln.nav.review", null),
                new NavigationLink(Menu.ADMIN, 602, "/plan/department", "pln.nav.department", null));
    }
}
