package kyodo.core.admin;

import kyodo.core.CityClock;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import kyodo.core.AuditLog;
import kyodo.core.CsvFiles;
import kyodo.core.MailTexts;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Role;
import kyodo.core.internal.AccountService;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Administrators list and search accounts, grant and revoke roles, export the list. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/accounts")
@Secured(SecurityRule.IS_AUTHENTICATED)
class AccountAdminController {

    private static final int PAGE_SIZE = 30;

    private final AccountService accounts;
    private final AuditLog audit;
    private final CityClock clock;
    /** Files are written in Japanese, whoever downloads them. */
    private final MailTexts texts;

    AccountAdminController(AccountService accounts, AuditLog audit, CityClock clock, MailTexts texts) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.texts = texts;
    }

    @io.micronaut.core.annotation.Introspected
    @io.micronaut.serde.annotation.Serdeable
    record RoleForm(@Nullable String role) {
    }

    @Get
    HttpResponse<?> list(@Nullable @QueryValue String q, @Nullable @QueryValue String role,
                         @Nullable @QueryValue Integer page) {
        Role filter = parseRole(role);
        return Pages.page("core/admin/accounts", Map.of(
                "result", accounts.search(q, filter, page == null ? 1 : page, PAGE_SIZE),
                "q", q == null ? "" : q, "role", filter == null ? "" : filter.name(),
                "roles", Arrays.asList(Role.values())));
    }

    @Get("/{id}")
    HttpResponse<?> show(@PathVariable long id, @Nullable @QueryValue String changed, Authentication admin) {
        var account = accounts.find(id).orElse(null);
        if (account == null) {
            return HttpResponse.notFound();
        }
        audit.record(Long.valueOf(admin.getName()), AuditLog.PERSONAL_DATA_VIEWED, "core.audit.target.account", String.valueOf(id), "account detail");
        return Pages.page("core/admin/account", Map.of("account", account, "roles", Arrays.asList(Role.values()),
                "errors", FieldErrors.none(), "changed", changed != null));
    }

    @Post("/{id}/roles/grant")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> grant(@PathVariable long id, @Body RoleForm form, Authentication admin) {
        return changeRole(id, form, admin, true);
    }

    @Post("/{id}/roles/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(@PathVariable long id, @Body RoleForm form, Authentication admin) {
        return changeRole(id, form, admin, false);
    }

    private HttpResponse<?> changeRole(long id, RoleForm form, Authentication admin, boolean grant) {
        long adminId = Long.parseLong(admin.getName());
        Role role = parseRole(form.role());
        try {
            if (role == null) {
                throw new FormInvalidException("role", "core.error.role.unknown");
            }
            if (grant) {
                accounts.grant(adminId, id, role);
            } else {
                accounts.revoke(adminId, id, role);
            }
            return Pages.redirect("/admin/accounts/" + id + "?changed=1");
        } catch (FormInvalidException e) {
            var account = accounts.find(id).orElse(null);
            if (account == null) {
                return HttpResponse.notFound();
            }
            return Pages.invalid("core/admin/account", Map.of("account", account,
                    "roles", Arrays.asList(Role.values()), "changed", false), e.errors());
        }
    }

    @Get("/export.csv")
    @Produces("text/csv")
    HttpResponse<?> export(@Nullable @QueryValue String q, @Nullable @QueryValue String role,
                           @Nullable @QueryValue String encoding, Authentication admin) {
        Role filter = parseRole(role);
        var result = accounts.search(q, filter, 1, 100_000);
        List<List<?>> rows = result.accounts().stream().map(a -> List.<Object>of(a.id(), a.email(), a.displayName(),
                a.nameKana(), nullToEmpty(a.area()), nullToEmpty(a.schoolDistrict()),
                a.roles().stream().map(Role::name).collect(Collectors.joining(" ")),
                a.createdAt().toLocalDate().toString())).collect(Collectors.toList());
        audit.record(Long.valueOf(admin.getName()), AuditLog.PERSONAL_DATA_EXPORTED, "core.audit.target.account", null,
                "accounts.csv rows=" + rows.size());
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        List<String> header = java.util.stream.Stream.of("id", "email", "name", "kana", "area", "schoolDistrict", "roles", "createdOn")
                .map(column -> texts.text("core.csv.accounts." + column)).toList();
        byte[] csv = CsvFiles.write(header, rows, enc);
        return CsvFiles.download(texts.text("core.csv.accounts.file", clock.today().toString()), csv, enc);
    }

    private static Role parseRole(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
