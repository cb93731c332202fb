package kyodo.events.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@Factory
class EventsMessages {

    @Singleton
    @Named("events")
    MessageSource eventsMessages() {
        return new ResourceBundleMessageSource("i18n.events");
    }
}
