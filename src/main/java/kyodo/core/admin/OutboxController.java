package kyodo.core.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.core.internal.MailDelivery;
import kyodo.core.internal.OutboxService;

import java.util.Map;

/** Notifications waiting, sent or failed; when mail is not configured they are kept here. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/outbox")
@Secured(SecurityRule.IS_AUTHENTICATED)
class OutboxController {

    private final OutboxService outbox;
    private final MailDelivery delivery;

    OutboxController(OutboxService outbox, MailDelivery delivery) {
        this.outbox = outbox;
        this.delivery = delivery;
    }

    @Get
    HttpResponse<?> list(@Nullable @QueryValue String status, @Nullable @QueryValue String q,
                         @Nullable @QueryValue Integer page) {
        return Pages.page("core/admin/outbox", Map.of(
                "result", outbox.search(status, q, page == null ? 1 : page, 50),
                "status", status == null ? "" : status, "q", q == null ? "" : q,
                "mailEnabled", delivery.isEnabled()));
    }

    @Get("/{id}")
    HttpResponse<?> show(@PathVariable long id, Authentication authentication) {
        return outbox.findForStaff(id, Viewer.of(authentication).accountId())
                .<HttpResponse<?>>map(m -> Pages.page("core/admin/outbox-message", Map.of("message", m)))
                .orElseGet(HttpResponse::notFound);
    }
}
