package kyodo.core.web;

import ognl.Ognl;
import ognl.OgnlContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Method calls in templates give what OGNL gives, whether they are called straight away or go OGNL's way. */
class DirectMethodAccessorTest {

    record Seats(int total) {
        public int left(int taken) {
            return total - taken;
        }

        public String label(String prefix) {
            return prefix + total;
        }

        public String label(int width) {
            return String.format("%" + width + "d", total);
        }

        public String joined(String... parts) {
            return String.join("/", parts);
        }
    }

    @Test
    void callsTheOneMethodOfANameAndLeavesOverloadsAndConversionsToOgnl() throws Exception {
        DirectMethodAccessor.install();
        InterfaceClassCache.install();
        Seats seats = new Seats(30);
        OgnlContext context = (OgnlContext) Ognl.createDefaultContext(seats);
        assertEquals(12, Ognl.getValue("left(18)", context, seats), "an int argument, called straight away");
        assertEquals(28, Ognl.getValue("left(2L)", context, seats), "a long converted to int, as OGNL does");
        assertEquals("座席30", Ognl.getValue("label('座席')", context, seats), "an overload chosen by OGNL");
        assertEquals("   30", Ognl.getValue("label(5)", context, seats));
        assertEquals(5, Ognl.getValue("label('座席').length() + 1", context, seats), "a call on a JDK string");
        assertEquals(List.of(1, 2).size(), Ognl.getValue("{1, 2}.size()", context, seats));

        Map<String, java.lang.reflect.Method> single = DirectMethodAccessor.singleMethods(Seats.class);
        assertTrue(single.containsKey("left") && single.containsKey("total"));
        assertFalse(single.containsKey("label"), "overloaded");
        assertFalse(single.containsKey("joined"), "varargs");
        assertFalse(single.containsKey("hashCode") && single.get("hashCode").getDeclaringClass() == Object.class);
    }
}
