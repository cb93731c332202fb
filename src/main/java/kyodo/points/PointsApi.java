package kyodo.points;

import kyodo.core.FiscalYear;

/** The points module's public API: figures other modules (the plan, the portal) show. */
public interface PointsApi {

    /** Points standing from a fiscal year's awards (issued less reversed). */
    long issued(FiscalYear year);

    /** How many people earned points in a fiscal year. */
    long activeVolunteers(FiscalYear year);
}
