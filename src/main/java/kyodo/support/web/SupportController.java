package kyodo.support.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Pages;

import java.util.Map;

/** 市民活動の支援: the four schemes the center runs, each with its own pages. */
@Produces(MediaType.TEXT_HTML)
@Controller("/support")
@Secured(SecurityRule.IS_ANONYMOUS)
class SupportController {

    @Get
    HttpResponse<?> index() {
        return Pages.page("support/index", Map.of());
    }
}
