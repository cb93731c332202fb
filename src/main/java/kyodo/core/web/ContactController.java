package kyodo.core.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Pages;

import java.util.Map;

/** お問い合わせ: the center's address, phone, opening hours and e-mail (the layout's {@code site.center}). */
@Produces(MediaType.TEXT_HTML)
@Controller("/contact")
@Secured(SecurityRule.IS_ANONYMOUS)
class ContactController {

    @Get
    HttpResponse<?> contact() {
        return Pages.page("core/contact", Map.of());
    }
}
