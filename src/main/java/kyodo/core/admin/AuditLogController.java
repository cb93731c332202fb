package kyodo.core.admin;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Pages;
import kyodo.core.internal.AuditLogService;

import java.util.Locale;
import java.util.Map;

/** The audit log: who did what and when, newest first, filtered by action or text. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/audit")
@Secured(SecurityRule.IS_AUTHENTICATED)
class AuditLogController {

    /** Actions and targets are message keys (see {@link kyodo.core.AuditLog}); rows older than the scheme show their code. */
    public record Words(MessageSource messages, Locale locale) {
        public String of(String code) {
            return code == null ? "" : messages.getMessage(code, locale).orElse(code);
        }
    }

    private final AuditLogService audit;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;

    AuditLogController(AuditLogService audit, MessageSource messages, HttpLocaleResolver locales) {
        this.audit = audit;
        this.messages = messages;
        this.locales = locales;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String action, @Nullable @QueryValue String q,
                         @Nullable @QueryValue Integer page) {
        return Pages.page("core/admin/audit", Map.of(
                "result", audit.search(action, q, page == null ? 1 : page, 50),
                "actions", audit.actions(), "action", action == null ? "" : action, "q", q == null ? "" : q,
                "words", new Words(messages, locales.resolveOrDefault(request))));
    }
}
