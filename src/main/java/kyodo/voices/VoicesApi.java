package kyodo.voices;

import kyodo.core.FiscalYear;

/** The voices module's public API: the yearly figures of citizen participation other modules (the plan, the portal) show. */
public interface VoicesApi {

    /** A fiscal year's figures: public comments, opinions to the city, citizen council members, questionnaires. */
    YearFigures figures(FiscalYear year);
}
