package kyodo.subsidies;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WindowPhaseTest {

    @Test
    void beforeOpenClosedWithBothEndsInTheWindow() {
        LocalDateTime opens = LocalDateTime.of(2020, 5, 1, 0, 0);
        LocalDateTime closes = LocalDateTime.of(2020, 6, 30, 23, 59);
        assertEquals(WindowPhase.BEFORE, WindowPhase.of(opens, closes, opens.minusSeconds(1)));
        assertEquals(WindowPhase.OPEN, WindowPhase.of(opens, closes, opens));
        assertEquals(WindowPhase.OPEN, WindowPhase.of(opens, closes, closes));
        assertEquals(WindowPhase.CLOSED, WindowPhase.of(opens, closes, closes.plusSeconds(1)));
    }
}
