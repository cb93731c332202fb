package kyodo.support.donations;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Pages;

import java.util.Map;

/** ちい寄附 for everyone: how it works, the partner shops and what was raised. */
@Produces(MediaType.TEXT_HTML)
@Controller("/support/chiikifu")
@Secured(SecurityRule.IS_ANONYMOUS)
class ChiiKifuController {

    private final Donations donations;

    ChiiKifuController(Donations donations) {
        this.donations = donations;
    }

    @Get
    HttpResponse<?> index() {
        return Pages.page("support/chiikifu", Map.of("shops", donations.activeShops(), "years", donations.years()));
    }
}
