package kyodo.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Fields of activity (活動分野), shared by groups, volunteers and board posts. */
public enum ActivityField {
    MEDICAL, HEALTH, DISABILITY, CHILDCARE, ELDERLY, SCHOOL, SOCIAL_EDUCATION, CULTURE, SPORTS,
    DISASTER, CRIME_PREVENTION, ENVIRONMENT, TOWN, AGRICULTURE, COMMERCE, TOURISM, INTERNATIONAL, OTHER;

    public String labelKey() {
        return "dir.field." + name();
    }

    public static ActivityField parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Known codes only, in the list's order; unknown values are dropped. */
    public static List<ActivityField> parseAll(Collection<String> values) {
        Set<ActivityField> out = new LinkedHashSet<>();
        if (values != null) {
            for (String v : values) {
                ActivityField f = parse(v);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        List<ActivityField> sorted = new ArrayList<>(out);
        sorted.sort(null);
        return sorted;
    }

    public static String join(Collection<ActivityField> fields) {
        return String.join(",", fields.stream().map(Enum::name).toList());
    }

    public static List<ActivityField> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : parseAll(List.of(joined.split(",")));
    }
}
