package kyodo.core.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Pages;

import java.util.Map;

/** The management start page: the links of every module, as far as the visitor's roles reach. */
@Produces(MediaType.TEXT_HTML)
@Controller("/manage")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ManageController {

    @Get
    HttpResponse<?> index() {
        return Pages.page("core/manage", Map.of());
    }
}
