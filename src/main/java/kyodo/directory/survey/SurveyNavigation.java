package kyodo.directory.survey;

import jakarta.inject.Singleton;
import kyodo.core.NavigationLink;
import kyodo.core.NavigationLink.Menu;

import java.util.List;

/** The staff link to the yearly status survey. */
@Singleton
class SurveyNavigation implements NavigationLink.Provider {

    @Override
    public List<NavigationLink> links() {
        return List.of(new NavigationLink(Menu.ADMIN, 340, "/admin/surveys", "dir.nav.admin.surveys", null));
    }
}
