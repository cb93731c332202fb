package kyodo.subsidies.internal;

import jakarta.inject.Singleton;
import kyodo.core.PageAccess;
import kyodo.core.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Who may see what in the subsidies module. */
@Singleton
public class SubsidyPermissions implements PageAccess {

    /** Staff run the programs, windows, review sessions and the ledger. */
    public static final Set<Role> PROGRAM_STAFF = EnumSet.of(Role.STAFF, Role.ADMIN);
    /** Members of the promotion committee score at the review sessions they are assigned to. */
    public static final Set<Role> REVIEWERS = EnumSet.of(Role.REVIEWER);

    @Override
    public List<Area> areas() {
        return List.of(new Area("/admin/subsidies", PROGRAM_STAFF), new Area("/review/subsidies", REVIEWERS));
    }
}
