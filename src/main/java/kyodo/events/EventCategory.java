package kyodo.events;

/** The kinds of events the center announces, in the order the portal lists them. */
public enum EventCategory {
    KOZA, JUKU, MINI_SEMINAR, WORKSHOP, KORYUKAI, FORUM, FESTA, OTHER;

    public String labelKey() {
        return "evt.category." + name();
    }

    public static EventCategory parse(String value) {
        if (value == null) {
            return null;
        }
        for (EventCategory c : values()) {
            if (c.name().equals(value)) {
                return c;
            }
        }
        return null;
    }
}
