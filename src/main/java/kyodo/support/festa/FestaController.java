package kyodo.support.festa;

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
import kyodo.support.internal.SupportPermissions;

import java.util.Map;

/** 市民活動フェスタ for everyone: the editions, and each edition's page. */
@Produces(MediaType.TEXT_HTML)
@Controller("/support/festa")
@Secured(SecurityRule.IS_ANONYMOUS)
class FestaController {

    private final Festas festas;
    private final SupportPermissions permissions;

    FestaController(Festas festas, SupportPermissions permissions) {
        this.festas = festas;
        this.permissions = permissions;
    }

    @Get
    HttpResponse<?> index() {
        return Pages.page("support/festa/index", Map.of("editions", festas.published()));
    }

    @Get("/{fiscalYear:[0-9]+}")
    HttpResponse<?> edition(int fiscalYear) {
        return festas.publishedEdition(fiscalYear).<HttpResponse<?>>map(e -> Pages.page("support/festa/edition", Map.of("e", e)))
                .orElse(HttpResponse.notFound());
    }

    @Get("/photos/{id:[0-9]+}")
    @Produces({"image/png", "image/jpeg"})
    HttpResponse<?> photo(long id, @Nullable Authentication auth) {
        return festas.photo(id, permissions.isStaff(Viewer.orNull(auth))).<HttpResponse<?>>map(p -> HttpResponse.ok(p.content())
                .contentType(p.contentType()).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "public, max-age=3600")).orElse(HttpResponse.notFound());
    }
}
