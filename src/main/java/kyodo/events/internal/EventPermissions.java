package kyodo.events.internal;

import jakarta.inject.Singleton;
import kyodo.core.PageAccess;
import kyodo.core.Role;
import kyodo.core.Viewer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Who may see what in the events module. */
@Singleton
public class EventPermissions implements PageAccess {

    /** Staff plan events; coordinators run the door (rosters, attendance) and read the reports. */
    public static final Set<Role> ORGANIZERS = EnumSet.of(Role.STAFF, Role.COORDINATOR);

    @Override
    public List<Area> areas() {
        return List.of(new Area("/admin/events", ORGANIZERS));
    }

    /** A draft, and a draft's image, are seen only by those who organise events. */
    public boolean canSeeDrafts(Viewer viewer) {
        return viewer != null && viewer.hasAny(ORGANIZERS);
    }
}
