package kyodo.events.admin;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The roster as posted: for each line, in the page's order, the person's account ({@code person})
 * and the choice beside it ({@code mark}: present, absent, or empty for not recorded).
 */
@Introspected
@Serdeable
record RosterForm(@Nullable List<String> person, @Nullable List<String> mark) {

    /** account → present?; lines left unrecorded, malformed or unpaired are not in it. */
    Map<Long, Boolean> marks() {
        Map<Long, Boolean> marks = new HashMap<>();
        if (person == null || mark == null) {
            return marks;
        }
        for (int i = 0; i < Math.min(person.size(), mark.size()); i++) {
            String id = person.get(i);
            String value = mark.get(i);
            if (id != null && id.matches("\\d{1,18}") && ("present".equals(value) || "absent".equals(value))) {
                marks.put(Long.parseLong(id), "present".equals(value));
            }
        }
        return marks;
    }
}
