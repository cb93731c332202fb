package kyodo.directory.outreach;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Who an outreach lecture (出前講座) is for (対象), so a school or a senior club can find theirs. */
public enum LectureAudience {
    PRESCHOOL, ELEMENTARY, SECONDARY, ADULT, SENIOR;

    public String labelKey() {
        return "dir.lec.audience." + name();
    }

    public static LectureAudience parse(String value) {
        if (value == null) {
            return null;
        }
        for (LectureAudience a : values()) {
            if (a.name().equals(value.strip())) {
                return a;
            }
        }
        return null;
    }

    /** Known codes only, in the list's order. */
    public static List<LectureAudience> parseAll(Collection<String> values) {
        Set<LectureAudience> out = new LinkedHashSet<>();
        if (values != null) {
            values.forEach(v -> {
                LectureAudience a = parse(v);
                if (a != null) {
                    out.add(a);
                }
            });
        }
        List<LectureAudience> sorted = new ArrayList<>(out);
        sorted.sort(null);
        return sorted;
    }

    public static List<LectureAudience> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : parseAll(List.of(joined.split(",")));
    }
}
