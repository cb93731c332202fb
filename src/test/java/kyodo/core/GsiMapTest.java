package kyodo.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GsiMapTest {

    @Test
    void storedCoordinatesMakeTheSameLinkAsTypedOnes() {
        assertEquals("https://maps.gsi.go.jp/#16/35.7266/140.3433/", GsiMap.url(new BigDecimal("35.726600"), new BigDecimal("140.343300")));
        assertEquals("https://maps.gsi.go.jp/#16/-33.5/100/", GsiMap.url(new BigDecimal("-33.500000"), new BigDecimal("100.000000")));
        assertNull(GsiMap.url(new BigDecimal("35.7"), null));
        assertNull(GsiMap.url("35.7", "181"));
        assertNull(GsiMap.url("-91", "140"));
    }
}
