package kyodo.core.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The core message bundle (frontend/i18n/messages_ja.properties, messages_en.properties).
 * Each module registers its own bundle the same way (i18n/events, i18n/directory, ...);
 * Micronaut's composite message source asks them all.
 */
@Factory
class MessagesConfiguration {

    @Singleton
    @Named("core")
    MessageSource coreMessages() {
        return new ResourceBundleMessageSource("i18n.messages");
    }
}
