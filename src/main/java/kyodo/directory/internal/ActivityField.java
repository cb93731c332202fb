package kyodo.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Fields of activity (活動分野), shared by groups, volunteers and board posts. */
public enum ActivityField {
    MEDICAL("医療"), HEALTH("保健・健康づくり"), DISABILITY("障害者福祉"), CHILDCARE("子育て"), ELDERLY("高齢者福祉"),
    SCHOOL("学校教育"), SOCIAL_EDUCATION("社会教育"), CULTURE("文化・芸術"), SPORTS("スポーツ"), DISASTER("防災"),
    CRIME_PREVENTION("防犯"), ENVIRONMENT("環境・リサイクル"), TOWN("まちづくり"), AGRICULTURE("農業"),
    COMMERCE("商工業"), TOURISM("観光"), INTERNATIONAL("国際交流"), OTHER("その他");

    /** The Japanese label, as the center's spreadsheets write it (CSV import and export). */
    public final String japanese;

    ActivityField(String japanese) {
        this.japanese = japanese;
    }

    public String labelKey() {
        return "dir.field." + name();
    }

    /** Codes and Japanese labels, looked up once per CSV cell (100,000-row imports). */
    private static final java.util.Map<String, ActivityField> BY_NAME = new java.util.HashMap<>();

    static {
        for (ActivityField f : values()) {
            BY_NAME.put(f.name(), f);
            BY_NAME.put(f.japanese, f);
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
