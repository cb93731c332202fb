package kyodo.directory.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@Factory
class DirectoryMessages {

    @Singleton
    @Named("directory")
    MessageSource directoryMessages() {
        return new ResourceBundleMessageSource("i18n.directory");
    }
}
