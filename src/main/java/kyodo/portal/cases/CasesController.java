package kyodo.portal.cases;

import kyodo.core.SharedPage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.portal.internal.Markdown;
import kyodo.portal.internal.PortalPermissions;

import java.util.Map;

/** 活動事例 for everyone: the stories published with their group's consent, and their photos. */
@Produces(MediaType.TEXT_HTML)
@Controller("/cases")
@Secured(SecurityRule.IS_ANONYMOUS)
class CasesController {

    private final CaseStudies cases;
    private final PortalPermissions permissions;

    CasesController(CaseStudies cases, PortalPermissions permissions) {
        this.cases = cases;
        this.permissions = permissions;
    }

    @SharedPage
    @Get
    HttpResponse<?> list() {
        return Pages.page("portal/cases/list", Map.of("cases", cases.published()));
    }

    @SharedPage
    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(long id, @Nullable Authentication auth) {
        return cases.find(id, permissions.isEditor(Viewer.orNull(auth))).<HttpResponse<?>>map(c -> Pages.page("portal/cases/show",
                Map.of("c", c, "html", Markdown.html(c.body()), "photos", cases.photosOf(id)))).orElse(HttpResponse.notFound());
    }

    @Get("/photos/{id:[0-9]+}")
    @Produces({"image/png", "image/jpeg"})
    HttpResponse<?> photo(long id, @Nullable Authentication auth) {
        return cases.photo(id, permissions.isEditor(Viewer.orNull(auth))).<HttpResponse<?>>map(p -> HttpResponse.ok(p.content())
                .contentType(p.contentType()).header("X-Content-Type-Options", "nosniff")).orElse(HttpResponse.notFound());
    }
}
