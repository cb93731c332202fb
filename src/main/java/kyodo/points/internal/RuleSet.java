package kyodo.points.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The points rules of one fiscal year (年度). */
@MappedEntity("pts_rule_set")
public record RuleSet(@Id int fiscalYear, String basis, int pointsPerHour, String rounding, int pointsPerActivity,
                      int longActivityMinutes, int longActivityPoints, int dailyCap, int yearlyCap, int yenPerPoint,
                      int exchangeStep, LocalDate exchangeOpensOn, LocalDate exchangeClosesOn, boolean carryOver,
                      String earningKinds, @Nullable Long updatedBy, LocalDateTime updatedAt) {

    public enum Basis { PER_HOUR, PER_ACTIVITY }

    /** How a part of an hour counts under PER_HOUR. */
    public enum Rounding { FLOOR, HALF_UP, CEILING }

    /** Where points can come from. */
    public enum Source { EVENT_ATTENDANCE, MATCH, HOST_ACTIVITY }

    /** The defaults of Japanese volunteer point schemes: 1 a full hour, 2 a day, 50 a year, ¥100 each in steps of 10. */
    public static RuleSet defaults(int fiscalYear, LocalDateTime now) {
        return new RuleSet(fiscalYear, Basis.PER_HOUR.name(), 1, Rounding.FLOOR.name(), 1, 120, 2, 2, 50, 100, 10,
                LocalDate.of(fiscalYear + 1, 4, 1), LocalDate.of(fiscalYear + 1, 5, 31), false,
                "EVENT_ATTENDANCE,MATCH,HOST_ACTIVITY", null, now);
    }

    /** The same rules a year later (the exchange window moves with it). */
    public RuleSet forYear(int year, LocalDateTime now) {
        int shift = year - fiscalYear;
        return new RuleSet(year, basis, pointsPerHour, rounding, pointsPerActivity, longActivityMinutes,
                longActivityPoints, dailyCap, yearlyCap, yenPerPoint, exchangeStep, exchangeOpensOn.plusYears(shift),
                exchangeClosesOn.plusYears(shift), carryOver, earningKinds, null, now);
    }

    public Basis basisValue() {
        return Basis.valueOf(basis);
    }

    public Rounding roundingValue() {
        return Rounding.valueOf(rounding);
    }

    public Set<Source> sources() {
        if (earningKinds == null || earningKinds.isBlank()) {
            return EnumSet.noneOf(Source.class);
        }
        return Arrays.stream(earningKinds.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Source::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Source.class)));
    }

    public boolean earns(Source source) {
        return sources().contains(source);
    }

    public boolean exchangeOpen(LocalDate day) {
        return !day.isBefore(exchangeOpensOn) && !day.isAfter(exchangeClosesOn);
    }
}
