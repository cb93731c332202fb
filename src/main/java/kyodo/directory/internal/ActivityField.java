package kyodo.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Fields of activity, shared by groups, volunteers, board posts and lectures; labels are in the bundle. */
public enum ActivityField {
    MEDICAL, HEALTH, DISABILITY, CHILDCARE, ELDERLY,
    SCHOOL, SOCIAL_EDUCATION, CULTURE, SPORTS, DISASTER,
    CRIME_PREVENTION, ENVIRONMENT, TOWN, AGRICULTURE,
    COMMERCE, TOURISM, INTERNATIONAL, OTHER;

    public String labelKey() {
        return "dir.activityField." + name();
    }

    /** By code, looked up once per CSV cell (100,000-row imports); labels are dir.activityField.CODE in the bundle. */
    private static final java.util.Map<String, ActivityField> BY_NAME = new java.util.HashMap<>();

    static {
        for (ActivityField f : values()) {
            BY_NAME.put(f.name(), f);
        }
    }

    public static ActivityField parse(String value) {
        return value == null ? null : BY_NAME.get(value.strip());
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

    /** Bit mask of the fields (bit = ordinal), for the matching ranking. */
    public static int mask(Collection<ActivityField> fields) {
        int mask = 0;
        for (ActivityField f : fields) {
            mask |= 1 << f.ordinal();
        }
        return mask;
    }

    public static List<ActivityField> fromMask(int mask) {
        List<ActivityField> out = new ArrayList<>();
        for (ActivityField f : values()) {
            if ((mask & (1 << f.ordinal())) != 0) {
                out.add(f);
            }
        }
        return out;
    }

    public static String join(Collection<ActivityField> fields) {
        return String.join(",", fields.stream().map(Enum::name).toList());
    }

    public static List<ActivityField> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : parseAll(List.of(joined.split(",")));
    }
}
