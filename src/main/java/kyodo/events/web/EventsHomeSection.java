package kyodo.events.web;

import jakarta.inject.Singleton;
import kyodo.core.HomeSection;
import kyodo.events.EventsApi;

import java.util.Locale;

/** The next events on the home page. */
@Singleton
class EventsHomeSection implements HomeSection {

    private final EventsApi events;

    EventsHomeSection(EventsApi events) {
        this.events = events;
    }

    @Override
    public Slot slot() {
        return Slot.EVENTS;
    }

    @Override
    public String template() {
        return "events/home";
    }

    @Override
    public Object data(Locale locale) {
        return events.upcoming(4);
    }
}
