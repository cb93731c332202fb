package kyodo.portal.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import kyodo.core.ModuleUi;

@Factory
class PortalUi {

    @Singleton
    ModuleUi portalUi() {
        return new ModuleUi("portal", "por.", "portal", "/static/css/portal.css");
    }
}
