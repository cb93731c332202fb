package kyodo.portal.news;

import kyodo.core.SharedPage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.portal.internal.Markdown;
import kyodo.portal.internal.PortalPermissions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** お知らせ for everyone: the list (by category), one item, and the Atom feed. */
@Produces(MediaType.TEXT_HTML)
@Controller("/news")
@Secured(SecurityRule.IS_ANONYMOUS)
class NewsController {

    private final NewsDesk desk;
    private final NewsFeed feed;
    private final PortalPermissions permissions;

    NewsController(NewsDesk desk, NewsFeed feed, PortalPermissions permissions) {
        this.desk = desk;
        this.feed = feed;
        this.permissions = permissions;
    }

    @SharedPage
    @Get
    HttpResponse<?> list(@Nullable @QueryValue String category) {
        String c = category != null && Arrays.stream(News.Category.values()).anyMatch(k -> k.name().equals(category)) ? category : "";
        Map<String, Object> model = new HashMap<>();
        model.put("items", desk.visible(c, 100));
        model.put("category", c);
        model.put("categories", News.Category.values());
        return Pages.page("portal/news/list", model);
    }

    @SharedPage
    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(long id, @Nullable Authentication auth) {
        return desk.find(id, permissions.isEditor(Viewer.orNull(auth))).<HttpResponse<?>>map(n -> Pages.page("portal/news/show",
                Map.of("n", n, "html", Markdown.html(n.body())))).orElse(HttpResponse.notFound());
    }

    @Get("/feed.atom")
    @Produces("application/atom+xml")
    HttpResponse<?> atom() {
        return HttpResponse.ok(feed.atom(desk.visible("", 30))).contentType("application/atom+xml; charset=utf-8");
    }
}
