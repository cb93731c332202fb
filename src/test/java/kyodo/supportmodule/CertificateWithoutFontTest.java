package kyodo.supportmodule;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without the Japanese font the app starts, the printable certificate works and the PDF is refused (503), not
 * broken; with only {@code kyodo.mayor-name} set (what the environment variable KYODO_MAYOR_NAME gives) the
 * certificate names that mayor.
 */
@MicronautTest(transactional = false)
@Property(name = "kyodo.support.certificate-font", value = "/nonexistent/fonts/ipag.ttf")
@Property(name = "kyodo.mayor-name", value = "環境 太郎")
class CertificateWithoutFontTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    SupportFixture fixture;

    @Test
    void thePrintableCertificateWorksAndThePdfIsRefused() {
        long staff = accounts.create(Role.STAFF).id();
        long round = fixture.insert("INSERT INTO sup_letter_round (fiscal_year, opens_on, closes_on, ceremony_on, next_number, created_by, "
                + "created_at) VALUES (2045, '2045-07-01', '2045-08-31', '2046-03-20', 2, ?, NOW(6))", staff);
        long nomination = fixture.insert("INSERT INTO sup_nomination (round_id, nominator_id, nominator_name, nominee_kind, nominee_name, "
                + "nominee_key, reason, years_active, status, decided_by, decided_at, certificate_number, publish_consent, created_at) "
                + "VALUES (?, ?, '推薦 太郎', 'PERSON', '受賞 花子', 'N:PERSON:受賞花子', '理由', 30, 'SELECTED', ?, NOW(6), 1, FALSE, NOW(6))",
                round, staff, staff);
        WebSession session = accounts.loggedIn(server.getURL(), Role.STAFF);
        Page page = session.get("/admin/support/letters/nominations/" + nomination + "/certificate");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("令和28年3月20日") && page.text().contains("PDFは作成できません") && page.text().contains("環境 太郎"), page.text());
        assertEquals(503, session.get("/admin/support/letters/nominations/" + nomination + "/certificate.pdf").status());
        assertEquals(404, session.get("/admin/support/letters/nominations/999999999/certificate.pdf").status());
    }
}
