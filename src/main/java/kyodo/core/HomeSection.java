package kyodo.core;

import io.micronaut.core.annotation.Nullable;

/**
 * A section of the portal's home page that a module fills. Sections sit in slots: a slot has a
 * place on the page (lower first) and a heading, and holds every section that names it, in their
 * {@link #order()}. A module may add a slot of its own (a new {@link Slot} with its own keys);
 * a slot that no section fills shows what will appear there, unless it is personal.
 */
public interface HomeSection {

    /**
     * A place on the home page. {@code personal} slots (what the signed-in visitor has to do) are left
     * out when empty; the others show {@code emptyKey}, or are left out too when it is null. Only a
     * personal slot's sections are read for each visitor.
     */
    record Slot(String name, int position, String headingKey, @Nullable String emptyKey, boolean personal) {

        public static final Slot FOR_YOU = new Slot("FOR_YOU", 10, "core.home.slot.FOR_YOU", null, true);
        public static final Slot EVENTS = core("EVENTS", 20);
        public static final Slot SUBSIDIES = core("SUBSIDIES", 30);
        public static final Slot VOLUNTEER_REQUESTS = core("VOLUNTEER_REQUESTS", 40);
        public static final Slot NEWS = core("NEWS", 50);

        /** The slots core names; a slot in this list shows its empty state until a module fills it. */
        public static final java.util.List<Slot> CORE = java.util.List.of(FOR_YOU, EVENTS, SUBSIDIES, VOLUNTEER_REQUESTS, NEWS);

        private static Slot core(String name, int position) {
            return new Slot(name, position, "core.home.slot." + name, "core.home.empty." + name, false);
        }
    }

    Slot slot();

    /** Place within the slot, lower first. */
    default int order() {
        return 0;
    }

    /** Template holding a fragment {@code section(data)}, e.g. {@code events/home}. */
    String template();

    /**
     * The fragment's data; null leaves the section out. Only a section in a {@code personal} slot may
     * depend on the visitor (it is computed for each request); the others are the same for everyone and
     * are kept as {@link FreshCopies} between data changes. Such a section's fragment must print nothing of the
     * visitor (no name, no form token): the home page keeps its slot's HTML for everyone with the same language
     * and display.
     */
    Object data(java.util.Locale locale);
}
