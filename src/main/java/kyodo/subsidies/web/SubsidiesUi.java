package kyodo.subsidies.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import kyodo.core.ModuleUi;

@Factory
class SubsidiesUi {

    @Singleton
    ModuleUi subsidiesUi() {
        return new ModuleUi("subsidies", "sub.", "subsidies", "/static/css/subsidies.css");
    }
}
