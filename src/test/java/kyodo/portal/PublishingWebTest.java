package kyodo.portal;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.Db;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import kyodo.support.WebSession.FilePart;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Newsletters (PDF issues), 情報コーナー, and case studies published only with the group's consent. */
@MicronautTest(transactional = false)
class PublishingWebTest {

    static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DataSource dataSource;

    @Test
    void newslettersArePdfIssuesAndCornersListWhereLeafletsAre() {
        WebSession editor = accounts.loggedIn(server.getURL(), Role.STAFF);
        int issue = 1000 + (int) (Math.random() * 8000);
        Page notPdf = editor.postMultipart("/admin/portal/newsletters", Map.of("issueNumber", Integer.toString(issue), "title", "春号",
                "publishedOn", "2026-04-01", "summary", "地域づくり協議会の紹介"), Map.of("issueFile", new FilePart("spring.pdf", "application/pdf", PNG)));
        assertEquals(422, notPdf.status());
        assertTrue(notPdf.html().selectFirst("#issueFile-error").text().contains("PDF"));
        assertEquals(303, editor.postMultipart("/admin/portal/newsletters", Map.of("issueNumber", Integer.toString(issue), "title", "春号",
                "publishedOn", "2026-04-01", "summary", "地域づくり協議会の紹介"),
                Map.of("issueFile", new FilePart("spring.pdf", "application/pdf", PDF))).status());
        Page list = WebSession.at(server.getURL()).get("/newsletters");
        assertTrue(list.text().contains("第" + issue + "号 春号") && list.text().contains("地域づくり協議会の紹介"), list.text());
        String href = list.html().select("a[href$=/pdf]").stream().filter(a -> a.text().contains("第" + issue + "号")).findFirst()
                .orElseThrow().attr("href");
        Page pdf = WebSession.at(server.getURL()).get(href);
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));

        String place = "中央公民館 " + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(303, editor.post("/admin/portal/corners", Map.of("cornerName", place, "address", "本町1-1", "hours", "9:00～17:00",
                "note", "")).status());
        assertEquals(422, editor.post("/admin/portal/corners", Map.of("cornerName", place, "address", "本町1-1")).status());
        assertTrue(WebSession.at(server.getURL()).get("/info-corners").text().contains(place));
    }

    @Test
    void aCaseStudyIsPublishedOnlyWithTheGroupsConsentAndItsPhotosAreCheckedByContent() {
        WebSession editor = accounts.loggedIn(server.getURL(), Role.STAFF);
        String key = UUID.randomUUID().toString();
        String title = "空き店舗を子どもの居場所に " + key.substring(0, 6);
        Map<String, String> form = new HashMap<>(Map.of("formKey", key, "title", title, "groupId", "", "groupName", "まちの居場所の会",
                "body", "商店街の空き店舗を改装し、**放課後の居場所**にしました。", "originKind", "NONE", "originId", "",
                "consentBy", "", "consentOn", "", "published", "true"));
        Page noConsent = editor.post("/admin/portal/cases", form);
        assertEquals(422, noConsent.status());
        assertTrue(noConsent.html().selectFirst("#consentBy-error").text().contains("団体の同意"));
        form.put("published", "");
        Page draft = editor.post("/admin/portal/cases", form);
        assertEquals(303, draft.status(), draft.text());
        long id = Db.count(dataSource, "SELECT id FROM por_case WHERE form_key = ?", key);
        assertEquals(404, WebSession.at(server.getURL()).get("/cases/" + id).status(), "a draft is not public");
        form.put("consentBy", "代表 山田");
        form.put("consentOn", "2026-05-01");
        form.put("published", "true");
        Map<String, String> subsidy = new HashMap<>(form);
        subsidy.put("originKind", "SUBSIDY");
        subsidy.put("originId", "999999999");
        assertTrue(editor.post("/admin/portal/cases/" + id, subsidy).html().selectFirst("#originId-error").text().contains("採択事業"));
        assertEquals(303, editor.post("/admin/portal/cases/" + id, form).status());

        Page wrong = editor.postMultipart("/admin/portal/cases/" + id + "/photos", Map.of("altText", "改装後の店舗"),
                Map.of("photo", new FilePart("shop.jpg", "image/jpeg", PNG)));
        assertEquals(422, wrong.status());
        assertEquals(303, editor.postMultipart("/admin/portal/cases/" + id + "/photos", Map.of("altText", "改装後の店舗"),
                Map.of("photo", new FilePart("shop.png", "image/png", PNG))).status());
        Page story = WebSession.at(server.getURL()).get("/cases/" + id);
        assertEquals(200, story.status());
        assertEquals("放課後の居場所", story.html().selectFirst(".por-body strong").text());
        assertEquals("改装後の店舗", story.html().selectFirst(".por-photos img").attr("alt"));
        assertTrue(WebSession.at(server.getURL()).get("/cases").text().contains(title));
        Map<String, String> script = new HashMap<>(form);
        script.put("body", "<script>alert(1)</script>");
        Page unsafe = editor.post("/admin/portal/cases/preview", script);
        assertFalse(unsafe.body().contains("<script>alert(1)"), "the preview renders nothing unsafe");
    }
}
