package kyodo.points.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.FiscalYear;
import kyodo.points.PointsApi;

@Singleton
class PointsApiImpl implements PointsApi {

    private final ReportFigures.Repository figures;

    PointsApiImpl(ReportFigures.Repository figures) {
        this.figures = figures;
    }

    @Override
    @Transactional
    public long issued(FiscalYear year) {
        return figures.bySource(year.startYear()).stream().mapToLong(ReportFigures.BySource::points).sum();
    }

    @Override
    @Transactional
    public long activeVolunteers(FiscalYear year) {
        return figures.activeVolunteers(year.startYear());
    }
}
