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
                new NavigationLink(Menu.MAIN, 10, "/events", "nav.events", null),
                new NavigationLink(Menu.MAIN, 11, "/my/events", "nav.myEvents", Role.CITIZEN),
                new NavigationLink(Menu.ADMIN, 100, "/admin/events", "nav.admin.events", Role.STAFF),
                new NavigationLink(Menu.ADMIN, 101, "/admin/events/reports", "nav.admin.eventReports", Role.STAFF),
                new NavigationLink(Menu.MAIN, 12, "/admin/events", "nav.admin.events", Role.COORDINATOR));
    }
}
