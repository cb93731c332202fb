package kyodo.points.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.FiscalYear;
import kyodo.core.Indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Figures of a fiscal year's points for the plan's KPIs: points issued, people who earned points. */
@Singleton
class PointsIndicators implements Indicators {

    private final ReportFigures.Repository figures;

    PointsIndicators(ReportFigures.Repository figures) {
        this.figures = figures;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(new Indicator("points.issued", "pln.indicator.pts.issued", "pln.unit.points", false),
                new Indicator("points.volunteers", "pln.indicator.pts.volunteers", "pln.unit.people", false));
    }

    @Override
    @Transactional
    public Optional<BigDecimal> value(String code, String parameter, FiscalYear year) {
        return switch (code) {
            case "points.issued" -> Optional.of(BigDecimal.valueOf(figures.bySource(year.startYear()).stream()
                    .mapToLong(ReportFigures.BySource::points).sum()));
            case "points.volunteers" -> Optional.of(BigDecimal.valueOf(figures.activeVolunteers(year.startYear())));
            default -> Optional.empty();
        };
    }
}
