package kyodo.support.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import kyodo.core.ModuleUi;

@Factory
class SupportUi {

    @Singleton
    ModuleUi supportUi() {
        return new ModuleUi("support", "sup.", "support", "/static/css/support.css");
    }
}
