package kyodo.core.web;

import ognl.Ognl;
import ognl.OgnlContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Records are read through their accessors, the way OGNL reads them itself, only without scanning each time. */
class RecordPropertyAccessorTest {

    record Talk(String title, int seats, Venue venue) {
        public boolean isFull() {
            return seats == 0;
        }

        public String getLabel() {
            return "label:" + title;
        }

        public String label() {
            return "not this one";
        }
    }

    record Venue(String name) {
    }

    @Test
    void readsComponentsGettersAndNestedRecords() throws Exception {
        RecordPropertyAccessor.install();
        Talk talk = new Talk("まちづくり講座", 0, new Venue("会議室"));
        OgnlContext context = (OgnlContext) Ognl.createDefaultContext(talk);
        assertEquals("まちづくり講座", Ognl.getValue("title", context, talk));
        assertEquals(0, Ognl.getValue("seats", context, talk));
        assertEquals("会議室", Ognl.getValue("venue.name", context, talk));
        assertEquals(Boolean.TRUE, Ognl.getValue("full", context, talk));
        assertEquals("label:まちづくり講座", Ognl.getValue("label", context, talk), "getX comes first, as in OGNL");
        assertEquals("not this one", Ognl.getValue("label()", context, talk), "a call is still a call");
    }

    @Test
    void findsEachReaderOnce() {
        Map<String, java.lang.reflect.Method> readers = RecordPropertyAccessor.readers(Talk.class);
        assertTrue(readers.keySet().containsAll(java.util.Set.of("title", "seats", "venue", "full", "label")));
        assertEquals("getLabel", readers.get("label").getName());
    }
}
