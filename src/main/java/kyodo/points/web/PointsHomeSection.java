package kyodo.points.web;

import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import kyodo.core.HomeSection;
import kyodo.core.Viewer;
import kyodo.points.internal.BookletService;

import java.util.Locale;

/** 「あなたのポイント」 on the home page: this year's balance and what the caps still allow, for people who have points. */
@Singleton
class PointsHomeSection implements HomeSection {

    static final Slot POINTS = new Slot("POINTS", 15, "pts.home.heading", null, true);

    private final BookletService booklets;

    PointsHomeSection(BookletService booklets) {
        this.booklets = booklets;
    }

    @Override
    public Slot slot() {
        return POINTS;
    }

    @Override
    public String template() {
        return "points/home";
    }

    @Override
    public Object data(Locale locale) {
        Long me = ServerRequestContext.currentRequest().flatMap(r -> r.getUserPrincipal(Authentication.class))
                .map(a -> Viewer.of(a).accountId()).orElse(null);
        if (me == null) {
            return null;
        }
        return booklets.standing(me);
    }
}
