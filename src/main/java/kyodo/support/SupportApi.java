package kyodo.support;

import kyodo.core.FiscalYear;

/** The support module's public API: figures other modules (the subsidy ledger, the plan) show. */
public interface SupportApi {

    /**
     * What ちい寄附 raised for the subsidy program of a fiscal year: the campaigns whose donations staff assigned
     * to that year's program (ふるさと応援寄附金 that funds it), in yen.
     */
    long chiiKifuFor(FiscalYear programYear);

    /** A fiscal year's support figures: letters (groups, individuals), claims, ちい寄附 raised. */
    SupportFigures figures(FiscalYear year);
}
