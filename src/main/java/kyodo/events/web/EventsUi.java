package kyodo.events.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import kyodo.core.ModuleUi;

@Factory
class EventsUi {

    @Singleton
    ModuleUi eventsUi() {
        return new ModuleUi("events", "evt.", "events", "/static/css/events.css");
    }
}
