package kyodo.directory.outreach;

import jakarta.inject.Singleton;
import kyodo.core.NavigationLink;
import kyodo.core.NavigationLink.Menu;

import java.util.List;

/** 出前講座: the public catalog for everyone, the requests for coordinators and staff. */
@Singleton
class OutreachNavigation implements NavigationLink.Provider {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Menu.MAIN, 305, "/lectures", "dir.nav.lectures", null),
                new NavigationLink(Menu.ADMIN, 315, "/admin/lecture-requests", "dir.nav.admin.lectureRequests", null));
    }
}
