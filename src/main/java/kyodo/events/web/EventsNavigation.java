package kyodo.events.web;

import jakarta.inject.Singleton;
import kyodo.core.NavigationLink;
import kyodo.core.NavigationLink.Menu;
import kyodo.core.Role;

import java.util.List;

/**
 * Menu links. The layout does not merge duplicates, so the management menu lists the event
 * pages once (for staff) and coordinators, who run the door and the roster, get the link in
 * the main menu instead.
 */
@Singleton
class EventsNavigation implements NavigationLink.Provider {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Menu.MAIN, 10, "/events", "evt.nav.events", null),
                new NavigationLink(Menu.MAIN, 11, "/my/events", "evt.nav.myEvents", Role.CITIZEN),
                new NavigationLink(Menu.ADMIN, 100, "/admin/events", "evt.nav.admin.events", null),
                new NavigationLink(Menu.ADMIN, 101, "/admin/events/reports", "evt.nav.admin.eventReports", null),
                new NavigationLink(Menu.MAIN, 12, "/admin/events", "evt.nav.admin.events", Role.COORDINATOR));
    }
}
