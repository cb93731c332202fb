package kyodo.portal.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@Factory
class PortalMessages {

    @Singleton
    @Named("portal")
    MessageSource portalMessages() {
        return new ResourceBundleMessageSource("i18n.portal");
    }
}
