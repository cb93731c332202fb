package kyodo.events.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BookingNumbersTest {

    @Test
    void eventAndPlaceInTheQueueFourDigitsOrMore() {
        assertEquals("E12-0001", BookingNumbers.of(12, 1));
        assertEquals("E12-0042", BookingNumbers.of(12, 42));
        assertEquals("E3-12345", BookingNumbers.of(3, 12345));
        assertThrows(IllegalArgumentException.class, () -> BookingNumbers.of(12, 0));
    }
}
