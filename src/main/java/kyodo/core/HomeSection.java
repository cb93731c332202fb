package kyodo.core;

/**
 * A section of the portal's home page that a module fills. The portal keeps a slot for each
 * {@link Slot}; a slot no module fills shows what will appear there.
 */
public interface HomeSection {

    enum Slot { EVENTS, SUBSIDIES, VOLUNTEER_REQUESTS, NEWS }

    Slot slot();

    /** Template holding a fragment {@code section(data)}, e.g. {@code events/home}. */
    String template();

    /** The fragment's data, computed for this request. */
    Object data(java.util.Locale locale);
}
