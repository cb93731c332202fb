package kyodo.plan.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FiscalYear;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * KPIs (数値目標): defined by plan staff, with yearly actuals entered by them or computed from a module's
 * {@link Indicators} figure; each read with the straight line from baseline to target, its status, and
 * the geometry of its chart (server-rendered SVG, with the same figures in a table).
 */
@Singleton
public class Kpis {

    static final String TARGET = "pln.audit.target.kpi";

    /** One year of a KPI: the line's value, the actual (null when none), and whether it was computed. */
    public record Row(int year, String expected, String actual, boolean computed, boolean baseline) {
    }

    /** A point of the chart, with the figure it shows. */
    public record Dot(double x, double y, int year, String value) {
    }

    public record Chart(int width, int height, String linePoints, String actualPoints, List<Dot> dots,
                        List<Dot> axis, String minLabel, String maxLabel, double bottom) {
    }

    public record View(Kpi kpi, List<Row> rows, KpiLine.Status status, Integer statusYear, String baseline, String target,
                       Chart chart, String sourceLabelKey) {
    }

    private final KpiRepository kpis;
    private final PlanRepository plans;
    private final Map<String, Indicators> sources = new LinkedHashMap<>();
    private final Map<String, Indicators.Indicator> indicators = new LinkedHashMap<>();
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    Kpis(KpiRepository kpis, PlanRepository plans, List<Indicators> modules, FormValidator validator, AuditLog audit,
         CityClock clock) {
        this.kpis = kpis;
        this.plans = plans;
        for (Indicators module : modules) {
            for (Indicators.Indicator i : module.indicators()) {
                sources.put(i.code(), module);
                indicators.put(i.code(), i);
            }
        }
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the modules can measure, for the KPI form. */
    public List<Indicators.Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    @Transactional
    public List<Kpi> ofPlan(long planId) {
        return kpis.ofPlan(planId);
    }

    @Transactional
    public Optional<Kpi> find(long kpiId) {
        return kpis.findById(kpiId);
    }

    @Transactional
    public List<View> views(long planId) {
        return kpis.ofPlan(planId).stream().map(this::view).toList();
    }

    @Transactional
    public View view(Kpi kpi) {
        KpiLine line = new KpiLine(kpi.baselineValue(), kpi.baselineYear(), kpi.targetValue(), kpi.targetYear());
        int decimals = Math.max(scale(kpi.baselineValue()), scale(kpi.targetValue()));
        Map<Integer, BigDecimal> entered = new LinkedHashMap<>();
        kpis.actuals(kpi.id()).forEach(a -> entered.put(a.fiscalYear(), a.value()));
        int now = clock.fiscalYear().startYear();
        List<Row> rows = new ArrayList<>();
        Map<Integer, BigDecimal> actual = new LinkedHashMap<>();
        actual.put(kpi.baselineYear(), kpi.baselineValue());
        rows.add(new Row(kpi.baselineYear(), format(kpi.baselineValue(), decimals), format(kpi.baselineValue(), decimals),
                false, true));
        KpiLine.Status status = KpiLine.Status.NO_DATA;
        Integer statusYear = null;
        for (int y = kpi.baselineYear() + 1; y <= kpi.targetYear(); y++) {
            BigDecimal value = entered.get(y);
            boolean computed = false;
            if (value == null && kpi.computed() && y <= now) {
                value = computed(kpi, y).orElse(null);
                computed = value != null;
            }
            if (value != null) {
                actual.put(y, value);
                status = line.status(y, value);
                statusYear = y;
            }
            rows.add(new Row(y, format(line.expected(y), decimals), value == null ? null : format(value, decimals), computed, false));
        }
        Indicators.Indicator source = kpi.computed() ? indicators.get(kpi.sourceCode()) : null;
        return new View(kpi, rows, status, statusYear, format(kpi.baselineValue(), decimals), format(kpi.targetValue(), decimals),
                chart(kpi, line, actual, decimals), source == null ? null : source.labelKey());
    }

    private Optional<BigDecimal> computed(Kpi kpi, int year) {
        Indicators module = sources.get(kpi.sourceCode());
        if (module == null) {
            return Optional.empty();
        }
        try {
            return module.value(kpi.sourceCode(), kpi.sourceParameter() == null ? "" : kpi.sourceParameter(), new FiscalYear(year));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static int scale(BigDecimal v) {
        return Math.max(0, Math.min(2, v.stripTrailingZeros().scale()));
    }

    static String format(BigDecimal v, int decimals) {
        return String.format(java.util.Locale.ROOT, "%,." + decimals + "f", v.setScale(decimals, RoundingMode.HALF_UP));
    }

    private static Chart chart(Kpi kpi, KpiLine line, Map<Integer, BigDecimal> actual, int decimals) {
        int width = 480;
        int height = 240;
        double left = 56;
        double right = width - 16;
        double top = 16;
        double bottom = height - 40;
        BigDecimal min = kpi.baselineValue().min(kpi.targetValue());
        BigDecimal max = kpi.baselineValue().max(kpi.targetValue());
        for (BigDecimal v : actual.values()) {
            min = min.min(v);
            max = max.max(v);
        }
        double lo = min.doubleValue();
        double hi = max.doubleValue();
        double pad = hi == lo ? Math.max(1, Math.abs(hi) * 0.1) : (hi - lo) * 0.15;
        lo -= pad;
        hi += pad;
        int years = kpi.targetYear() - kpi.baselineYear();
        double step = (right - left) / years;
        double finalLo = lo;
        double finalHi = hi;
        java.util.function.DoubleUnaryOperator y = v -> round(top + (finalHi - v) / (finalHi - finalLo) * (bottom - top));
        java.util.function.IntToDoubleFunction x = year -> round(left + (year - kpi.baselineYear()) * step);
        String linePoints = x.applyAsDouble(kpi.baselineYear()) + "," + y.applyAsDouble(kpi.baselineValue().doubleValue()) + " "
                + x.applyAsDouble(kpi.targetYear()) + "," + y.applyAsDouble(kpi.targetValue().doubleValue());
        StringBuilder actualPoints = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        actual.forEach((year, v) -> {
            double px = x.applyAsDouble(year);
            double py = y.applyAsDouble(v.doubleValue());
            actualPoints.append(actualPoints.isEmpty() ? "" : " ").append(px).append(',').append(py);
            dots.add(new Dot(px, py, year, format(v, decimals)));
        });
        List<Dot> axis = new ArrayList<>();
        for (int year = kpi.baselineYear(); year <= kpi.targetYear(); year++) {
            axis.add(new Dot(x.applyAsDouble(year), bottom + 18, year, PlanYears.era(year)));
        }
        return new Chart(width, height, linePoints, actualPoints.toString(), dots, axis,
                format(BigDecimal.valueOf(lo), decimals), format(BigDecimal.valueOf(hi), decimals), bottom);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    @Transactional
    public long save(long planId, Long kpiId, KpiForm form, long actorId) {
        plans.findById(planId).orElseThrow(Plans::notFound);
        Kpi existing = kpiId == null ? null : kpis.findById(kpiId).filter(k -> k.planId() == planId).orElseThrow(Plans::notFound);
        FieldErrors errors = validator.validate(form);
        if (!errors.has("baselineYear") && !errors.has("targetYear")
                && Integer.parseInt(form.targetYear()) <= Integer.parseInt(form.baselineYear())) {
            errors.add("targetYear", "pln.error.targetBeforeBaseline");
        }
        if (form.sourceCode() != null && !errors.has("sourceCode")) {
            Indicators.Indicator source = indicators.get(form.sourceCode());
            if (source == null) {
                errors.add("sourceCode", "core.error.format");
            } else if (source.parameterized() && form.sourceParameter() == null) {
                errors.add("sourceParameter", "pln.error.parameterRequired");
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        BigDecimal baseline = new BigDecimal(form.baselineValue());
        BigDecimal target = new BigDecimal(form.targetValue());
        String parameter = form.sourceCode() == null ? null : form.sourceParameter();
        Kpi saved;
        if (existing == null) {
            saved = kpis.save(new Kpi(null, planId, kpis.lastPosition(planId) + 1, form.name(), form.unit(), baseline,
                    Integer.parseInt(form.baselineYear()), target, Integer.parseInt(form.targetYear()), form.sourceCode(),
                    parameter, form.note(), clock.now(), clock.now()));
        } else {
            saved = kpis.update(new Kpi(existing.id(), planId, existing.position(), form.name(), form.unit(), baseline,
                    Integer.parseInt(form.baselineYear()), target, Integer.parseInt(form.targetYear()), form.sourceCode(),
                    parameter, form.note(), existing.createdAt(), clock.now()));
        }
        audit.record(actorId, existing == null ? "pln.audit.kpiAdded" : "pln.audit.kpiChanged", TARGET,
                saved.id().toString(), form.name());
        return saved.id();
    }

    /** Enters (or, with an empty value, removes) the actual of a year between the baseline and the target. */
    @Transactional
    public void putActual(long kpiId, ActualForm form, long actorId) {
        Kpi kpi = kpis.findById(kpiId).orElseThrow(Plans::notFound);
        FieldErrors errors = validator.validate(form);
        if (!errors.has("fiscalYear")) {
            int year = Integer.parseInt(form.fiscalYear());
            if (year <= kpi.baselineYear() || year > kpi.targetYear()) {
                errors.add("fiscalYear", "pln.error.yearOutsideKpi",
                        (kpi.baselineYear() + 1) + "\u2013" + kpi.targetYear());
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        int year = Integer.parseInt(form.fiscalYear());
        if (form.actualValue() == null) {
            kpis.deleteActual(kpiId, year);
        } else {
            kpis.putActual(kpiId, year, new BigDecimal(form.actualValue()), actorId, clock.now());
        }
        audit.record(actorId, "pln.audit.actualEntered", TARGET, Long.toString(kpiId),
                year + ":" + (form.actualValue() == null ? "" : form.actualValue()));
    }
}
