package kyodo.voices.web;

import jakarta.inject.Singleton;
import kyodo.core.NavigationLink;
import kyodo.core.NavigationLink.Menu;

import java.util.List;

@Singleton
class VoicesNavigation implements NavigationLink.Provider {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Menu.MAIN, 360, "/voices", "voi.nav.voices", null),
                new NavigationLink(Menu.ADMIN, 360, "/admin/voices", "voi.nav.admin", null));
    }
}
