package kyodo.directory.board;

import jakarta.inject.Singleton;
import kyodo.core.HomeSection;

import java.util.Locale;

/** The home page's "ボランティア募集" slot: the newest published requests on the board. */
@Singleton
class VolunteerRequestsHome implements HomeSection {

    private final PostService posts;

    VolunteerRequestsHome(PostService posts) {
        this.posts = posts;
    }

    @Override
    public Slot slot() {
        return Slot.VOLUNTEER_REQUESTS;
    }

    @Override
    public String template() {
        return "directory/home";
    }

    @Override
    public Object data(Locale locale) {
        return posts.published(BoardPost.Kind.REQUEST, null, null, 5);
    }
}
