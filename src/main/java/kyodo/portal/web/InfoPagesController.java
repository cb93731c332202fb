package kyodo.portal.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Pages;

import java.util.Map;

/** The privacy and accessibility policies linked from every page's footer. */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class InfoPagesController {

    @Get("/privacy")
    HttpResponse<?> privacy() {
        return Pages.page("portal/privacy", Map.of());
    }

    @Get("/accessibility")
    HttpResponse<?> accessibility() {
        return Pages.page("portal/accessibility", Map.of());
    }
}
