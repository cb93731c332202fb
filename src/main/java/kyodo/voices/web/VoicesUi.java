package kyodo.voices.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import kyodo.core.ModuleUi;

@Factory
class VoicesUi {

    @Singleton
    ModuleUi voicesUi() {
        return new ModuleUi("voices", "voi.", "voices", "/static/css/voices.css");
    }
}
