package kyodo.core;

import java.util.Map;

/**
 * A module's part of the demo city, seeded once on first start when {@code kyodo.demo=true}.
 * Core creates one account per role first and passes their ids.
 */
public interface DemoData {

    /** Lower runs first (directory before subsidies, which needs its groups). */
    int order();

    void seed(Map<Role, Long> accountsByRole);
}
