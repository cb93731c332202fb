package kyodo.directory.outreach;

import kyodo.directory.groups.Group;

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
 * Adds the group's outreach lectures to the group page's model ({@code directory/group}), so
 * the page shows them without its controllers knowing about lectures: {@code lectures} (public
 * ones) and {@code manageLectures} (the visitor may keep them).
 */
@Singleton
class GroupLecturesModel implements ViewModelProcessor<Map<String, Object>> {

    private final LectureService lectures;

    GroupLecturesModel(LectureService lectures) {
        this.lectures = lectures;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        if (!modelAndView.getView().map("directory/group"::equals).orElse(false)) {
            return;
        }
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElseGet(Map::of));
        if (!(model.get("group") instanceof Group group)) {
            return;
        }
        Authentication auth = request.getUserPrincipal(Authentication.class).orElse(null);
        boolean manage = auth != null && lectures.canManage(Viewer.of(auth), group.id());
        model.put("lectures", group.approved() ? lectures.publicOfGroup(group.id()) : List.of());
        model.put("manageLectures", manage);
        modelAndView.setModel(model);
    }
}
