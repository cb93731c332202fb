package kyodo.portal.library;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Pages;

import java.util.Map;

/** For everyone: the newsletter's issues (PDF) and the 情報コーナー. */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class LibraryController {

    private final Library library;

    LibraryController(Library library) {
        this.library = library;
    }

    @Get("/newsletters")
    HttpResponse<?> newsletters() {
        return Pages.page("portal/newsletters", Map.of("issues", library.issues()));
    }

    @Get("/newsletters/{id:[0-9]+}/pdf")
    @Produces("application/pdf")
    HttpResponse<?> pdf(long id) {
        return library.issue(id).<HttpResponse<?>>map(n -> HttpResponse.ok(n.content()).contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"newsletter-" + n.issueNumber() + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")).orElse(HttpResponse.notFound());
    }

    @Get("/info-corners")
    HttpResponse<?> corners() {
        return Pages.page("portal/corners", Map.of("corners", library.corners()));
    }
}
