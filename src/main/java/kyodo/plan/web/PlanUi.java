package kyodo.plan.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import kyodo.core.ModuleUi;

@Factory
class PlanUi {

    @Singleton
    ModuleUi planUi() {
        return new ModuleUi("plan", "pln.", "plan", "/static/css/plan.css");
    }
}
