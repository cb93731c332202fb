package kyodo.subsidies;

import kyodo.subsidies.internal.SubsidyClock;

import java.time.LocalDateTime;

/** A clock a test moves through a past fiscal year (windows of FY2020 open and close). */
public class TestClock extends SubsidyClock {

    private volatile LocalDateTime now = LocalDateTime.of(2020, 3, 15, 10, 0);

    @Override
    public LocalDateTime now() {
        return now;
    }

    public void set(LocalDateTime time) {
        now = time;
    }

    public void set(int year, int month, int day) {
        now = LocalDateTime.of(year, month, day, 10, 0);
    }
}
