package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.internal.AuditLogService;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Administrators search accounts, grant and revoke roles; each change and export is in the audit log. */
@MicronautTest(transactional = false)
class AdminWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    AuditLogService audit;

    @Test
    void grantAndRevokeARoleTakesEffectAtOnceAndIsAudited() {
        WebSession admin = accounts.loggedIn(server.getURL(), Role.ADMIN);
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession theirSession = accounts.logIn(server.getURL(), person);
        assertEquals(403, theirSession.get("/manage").status());

        Page list = admin.get("/admin/accounts?q=" + person.email());
        assertEquals(200, list.status());
        assertTrue(list.text().contains(person.name()));

        Page granted = admin.post("/admin/accounts/" + person.id() + "/roles/grant", Map.of("role", "COORDINATOR"));
        assertEquals(303, granted.status());
        Page detail = admin.get(granted.location());
        assertTrue(detail.text().contains("まちづくりコーディネーター"));
        assertTrue(detail.text().contains("役割を変更しました"));
        assertEquals(200, theirSession.get("/manage").status(), "the new role counts from the next request");

        assertEquals(303, admin.post("/admin/accounts/" + person.id() + "/roles/revoke",
                Map.of("role", "COORDINATOR")).status());
        assertEquals(403, theirSession.get("/manage").status());

        var entries = audit.search("", String.valueOf(person.id()), 1, 50).entries();
        assertTrue(entries.stream().anyMatch(e -> e.action().equals("core.audit.roleGranted") && "COORDINATOR".equals(e.detail())));
        assertTrue(entries.stream().anyMatch(e -> e.action().equals("core.audit.roleRevoked")));
        Page log = admin.get("/admin/audit?action=core.audit.roleGranted");
        var row = log.html().select("tbody tr").first();
        assertEquals("役割の付与", row.select("td").get(2).text(), "the action in words, not its code");
        assertTrue(row.select("td").get(3).text().startsWith("アカウント #"), row.text());
        assertTrue(log.html().select("#action option").eachText().contains("役割の付与"));
    }

    @Test
    void aWideTableScrollsInARegionThatTheKeyboardReachesAndAScreenReaderNames() {
        WebSession admin = accounts.loggedIn(server.getURL(), Role.ADMIN);
        org.jsoup.nodes.Document page = admin.get("/admin/audit").html();
        var wrappers = page.select("div.table-scroll");
        assertEquals(1, wrappers.size());
        var wrapper = wrappers.first();
        assertEquals("0", wrapper.attr("tabindex"));
        assertEquals("region", wrapper.attr("role"));
        assertEquals("操作ログ", wrapper.attr("aria-label"));
        assertEquals(1, wrapper.select("> table").size(), "the table sits inside the wrapper");
        assertEquals(1, page.select("table").size(), "and nowhere else");
        assertTrue(wrapper.select("tbody tr").size() > 0);
    }

    @Test
    void anAdminCannotRemoveTheirOwnAdminRole() {
        TestAccount admin = accounts.create(Role.ADMIN);
        WebSession session = accounts.logIn(server.getURL(), admin);
        Page page = session.post("/admin/accounts/" + admin.id() + "/roles/revoke", Map.of("role", "ADMIN"));
        assertEquals(422, page.status());
        assertTrue(page.text().contains("自分自身の管理者権限は外せません"));
        Page unknown = session.post("/admin/accounts/" + admin.id() + "/roles/grant", Map.of("role", "KING"));
        assertEquals(422, unknown.status());
        assertTrue(unknown.text().contains("役割を選んでください"));
    }

    @Test
    void accountExportIsExcelReadyAndLogged() {
        TestAccount admin = accounts.create(Role.ADMIN);
        WebSession session = accounts.logIn(server.getURL(), admin);
        Page csv = session.get("/admin/accounts/export.csv?q=" + admin.email());
        assertEquals(200, csv.status());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals((byte) 0xEF, csv.bytes()[0], "UTF-8 with BOM");
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("メールアドレス") && text.contains(admin.email()));
        Page sjis = session.get("/admin/accounts/export.csv?encoding=sjis&q=" + admin.email());
        assertTrue(new String(sjis.bytes(), kyodo.core.CsvFiles.WINDOWS_31J).startsWith("ID,メールアドレス"));
        assertTrue(audit.search(AuditLog.PERSONAL_DATA_EXPORTED, admin.email(), 1, 10).total() >= 2);
    }

    @Test
    void failedLoginsAreInTheAuditLog() {
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession.at(server.getURL()).post("/login", Map.of("email", person.email(), "password", "wrong-one"));
        assertTrue(audit.search("core.audit.loginFailed", person.email(), 1, 10).total() >= 1);
    }
}
