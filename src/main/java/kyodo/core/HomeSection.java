package kyodo.core;

/**
 * A section of the portal's home page that a module fills. The portal keeps a slot for each
 * {@link Slot}; a slot no module fills shows what will appear there.
 */
public interface HomeSection {

    /** FOR_YOU holds what the signed-in visitor has to do; it is left out when its data is null. */
    enum Slot { FOR_YOU, EVENTS, SUBSIDIES, VOLUNTEER_REQUESTS, NEWS }

    Slot slot();

    /** Template holding a fragment {@code section(data)}, e.g. {@code events/home}. */
    String template();

    /** The fragment's data, computed for this request; null leaves the section out (nothing to say to this visitor). */
    Object data(java.util.Locale locale);
}
