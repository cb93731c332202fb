package kyodo.core.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import kyodo.core.Pages;
import kyodo.core.Roles;
import kyodo.core.internal.AuditLogService;

import java.util.Map;

/** The audit log: who did what and when, newest first, filtered by action or text. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/audit")
@Secured(Roles.ADMIN)
class AuditLogController {

    private final AuditLogService audit;

    AuditLogController(AuditLogService audit) {
        this.audit = audit;
    }

    @Get
    HttpResponse<?> list(@Nullable @QueryValue String action, @Nullable @QueryValue String q,
                         @Nullable @QueryValue Integer page) {
        return Pages.page("core/admin/audit", Map.of(
                "result", audit.search(action, q, page == null ? 1 : page, 50),
                "actions", audit.actions(), "action", action == null ? "" : action, "q", q == null ? "" : q));
    }
}
