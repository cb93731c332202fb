package kyodo.directory.survey;


import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import kyodo.core.Viewer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds {@code surveyTasks} (the open status surveys of the groups the visitor represents) to the
 * "my groups" page, so that page's controller stays as it is.
 */
@Singleton
class SurveyTasksModel implements ViewModelProcessor<Map<String, Object>> {

    private final SurveyAnswers surveys;

    SurveyTasksModel(SurveyAnswers surveys) {
        this.surveys = surveys;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        if (!modelAndView.getView().filter("directory/my-groups"::equals).isPresent()) {
            return;
        }
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElseGet(Map::of));
        model.put("surveyTasks", request.getUserPrincipal(Authentication.class)
                .map(a -> surveys.tasks(Viewer.of(a).accountId())).orElse(List.of()));
        modelAndView.setModel(model);
    }
}
