package kyodo.support.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.FiscalYear;
import kyodo.support.SupportApi;
import kyodo.support.SupportFigures;
import kyodo.support.donations.Donations;
import kyodo.support.insurance.Claims;
import kyodo.support.letters.Recipients;

@Singleton
class SupportApiImpl implements SupportApi {

    private final Donations donations;
    private final Recipients recipients;
    private final Claims claims;

    SupportApiImpl(Donations donations, Recipients recipients, Claims claims) {
        this.donations = donations;
        this.recipients = recipients;
        this.claims = claims;
    }

    @Override
    @Transactional
    public long chiiKifuFor(FiscalYear programYear) {
        return donations.fundedFor(programYear.startYear());
    }

    @Override
    @Transactional
    public SupportFigures figures(FiscalYear year) {
        long[] letters = recipients.counts(year.startYear());
        return new SupportFigures(year.startYear(), letters[0], letters[1], claims.countInYear(year.startYear()),
                donations.raisedIn(year.startYear()));
    }
}
