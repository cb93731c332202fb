package kyodo.subsidies.internal;

import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The module's notion of "now" (Japan time), one bean so tests can replay a past fiscal year. */
@Singleton
public class SubsidyClock {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    public LocalDateTime now() {
        return LocalDateTime.now(JAPAN);
    }

    public LocalDate today() {
        return now().toLocalDate();
    }
}
