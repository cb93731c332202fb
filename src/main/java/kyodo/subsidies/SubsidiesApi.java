package kyodo.subsidies;

import java.util.List;

/** The subsidies module's public API for the portal and other modules. */
public interface SubsidiesApi {

    /** Windows open now or still to come, soonest closing first. */
    List<OpenCall> openCalls();

    /** Released, adopted projects of a group (newest first), e.g. for the group's page. */
    List<AdoptedProject> adoptedProjectsOf(long groupId);

    /** Every released, adopted project (newest fiscal year and window first). */
    List<AdoptedProject> adoptedProjects();
}
