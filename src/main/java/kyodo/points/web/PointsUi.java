package kyodo.points.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import kyodo.core.ModuleUi;

@Factory
class PointsUi {

    @Singleton
    ModuleUi pointsUi() {
        return new ModuleUi("points", "pts.", "points", "/static/css/points.css");
    }
}
