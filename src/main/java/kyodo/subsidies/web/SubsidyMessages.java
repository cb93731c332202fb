package kyodo.subsidies.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@Factory
class SubsidyMessages {

    @Singleton
    @Named("subsidies")
    MessageSource subsidyMessages() {
        return new ResourceBundleMessageSource("i18n.subsidies");
    }
}
