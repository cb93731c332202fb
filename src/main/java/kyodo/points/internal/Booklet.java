package kyodo.points.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A volunteer's digital ボランティア手帳: a year's balance, the caps used, every line with its source. */
public record Booklet(int fiscalYear, long balance, int held, int usedToday, int dailyCap, int usedThisYear,
                      int yearlyCap, RuleSet rules, List<Line> lines, List<Integer> years) {

    /**
     * One line of the history: an award (with what the caps left out) or another movement.
     * {@code sourceKey} is the message key of where it came from; {@code label} names it (an event, a host).
     */
    public record Line(LocalDate date, LocalDateTime at, String sourceKey, String label, int points, int overCap,
                       String note) {
    }

    public int leftToday() {
        return Math.max(0, dailyCap - usedToday);
    }

    public int leftThisYear() {
        return Math.max(0, yearlyCap - usedThisYear);
    }

    public long available() {
        return balance - held;
    }
}
