package kyodo.core.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;
import kyodo.core.ModuleUi;

/**
 * One message source per module bundle (frontend/i18n/&lt;bundle&gt;_ja|en.properties); Micronaut's
 * composite message source asks them all. Core's own part is declared here like any module's.
 */
@Factory
class MessagesConfiguration {

    @Singleton
    ModuleUi coreUi() {
        return new ModuleUi("core", "core.", "core", "/static/css/kyodo.css");
    }

    @EachBean(ModuleUi.class)
    MessageSource moduleMessages(ModuleUi module) {
        return new ResourceBundleMessageSource("i18n." + module.bundle());
    }
}
