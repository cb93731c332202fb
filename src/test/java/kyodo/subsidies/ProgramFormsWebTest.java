package kyodo.subsidies;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.FileTypes;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import kyodo.support.WebSession.FilePart;
import kyodo.support.WebSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A program's downloadable forms (申請書様式): staff upload PDF, Word and Excel files with a name,
 * the public program page lists them with kind and size, anyone downloads them with the Japanese
 * file name, staff delete them; everything audited, every bad file refused with a Japanese message.
 */
@MicronautTest(transactional = false)
class ProgramFormsWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    SubsidyTestData data;

    SubsidyFixture fx;
    long program;
    String formsPath;

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    /** The start of a Word file: a ZIP whose first entry is in word/. */
    static byte[] docx(int size) {
        byte[] b = Arrays.copyOf("PK\u0003\u0004....[Content_Types].xml word/document.xml".getBytes(StandardCharsets.ISO_8859_1),
                size);
        return b;
    }

    static byte[] xlsx() {
        return "PK\u0003\u0004....[Content_Types].xml xl/workbook.xml".getBytes(StandardCharsets.ISO_8859_1);
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @BeforeEach
    void setUp() {
        fx = new SubsidyFixture(server.getURL(), accounts, data);
        program = fx.program("様式確認用補助金 " + SubsidyFixture.unique(), 100_000);
        formsPath = "/admin/subsidies/programs/" + program + "/forms";
    }

    private Page upload(WebSession s, String title, String fileName, String type, byte[] content) {
        return s.postMultipart(formsPath, title == null ? Map.of() : Map.of("formTitle", title),
                Map.of("formFile", new FilePart(fileName, type, content)));
    }

    private long forms() {
        return fx.number("SELECT COUNT(*) FROM sub_file WHERE owner_type = 'PROGRAM' AND owner_id = ?", program);
    }

    private long audits(String action) {
        return fx.number("SELECT COUNT(*) FROM core_audit_log WHERE action = ? AND target_type = 'sub.audit.target.program'"
                + " AND target_id = ?", action, String.valueOf(program));
    }

    @Test
    void staffPublishFormsThatTheProgramPageListsAndAnyoneDownloads() {
        assertEquals(303, upload(fx.staff, "申請書", "申請書 (様式1).docx", "application/octet-stream", docx(32 * 1024)).status());
        assertEquals(303, upload(fx.staff, "", "収支予算書.xlsx", "application/vnd.ms-excel", xlsx()).status());
        assertEquals(303, upload(fx.staff, "  実績報告書  ", "report.pdf", "application/pdf", PDF).status());
        assertEquals(3, forms());
        assertEquals(3, audits("sub.audit.formUploaded"));

        WebSession anonymous = WebSession.at(server.getURL());
        Page page = anonymous.get("/subsidies/programs/" + program);
        assertEquals(200, page.status());
        List<String> links = page.html().select("ul.sub-forms a").eachText();
        assertEquals(List.of("申請書（Word, 32 KB）", "収支予算書（Excel, 1 KB）", "実績報告書（PDF, 1 KB）"), links);
        assertTrue(page.html().select("ul.sub-forms form").isEmpty(), "no delete buttons for the public");

        String href = page.html().selectFirst("ul.sub-forms a").attr("href");
        Page file = anonymous.get(href);
        assertEquals(200, file.status());
        assertEquals(FileTypes.DOCX, file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"download.docx\"; filename*=UTF-8''"
                        + "%E7%94%B3%E8%AB%8B%E6%9B%B8%20%28%E6%A7%98%E5%BC%8F1%29.docx",
                file.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertArrayEquals(docx(32 * 1024), file.bytes());
        assertEquals(200, accounts.loggedIn(server.getURL(), Role.CITIZEN).get(href).status());

        // The staff page shows the same list with the files' names and delete buttons.
        Page admin = fx.staff.get("/admin/subsidies/programs/" + program);
        Element item = admin.html().selectFirst("ul.sub-forms li");
        assertTrue(item.text().contains("申請書 (様式1).docx"), item.text());
        assertEquals("申請書 削除", item.selectFirst("button").attr("aria-label"));
    }

    @Test
    void fileNamesAreMadeSafe() {
        assertEquals(303, upload(fx.staff, null, "C:\\Users\\職員\\様式<改>\u202E?.pdf", "application/pdf", PDF).status());
        assertEquals(303, upload(fx.staff, null, "../../etc/..様式２.pdf", "application/pdf", PDF).status());
        List<String> names = data.texts("SELECT file_name FROM sub_file WHERE owner_type = 'PROGRAM' AND owner_id = ? ORDER BY id",
                program);
        assertEquals(List.of("様式_改__.pdf", "様式２.pdf"), names);
        long id = fx.number("SELECT MIN(id) FROM sub_file WHERE owner_type = 'PROGRAM' AND owner_id = ?", program);
        String disposition = WebSession.at(server.getURL()).get("/subsidies/files/" + id).headers()
                .firstValue("Content-Disposition").orElseThrow();
        assertFalse(disposition.substring(disposition.indexOf("filename*")).contains("\""), disposition);
        assertTrue(disposition.endsWith("filename*=UTF-8''%E6%A7%98%E5%BC%8F_%E6%94%B9__.pdf"), disposition);
    }

    @Test
    void badFilesAreRefusedWithAJapaneseMessageByTheField() {
        Page text = upload(fx.staff, "申請書", "申請書.pdf", "application/pdf", "ただの文字".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, text.status());
        assertEquals("PDF・Word（.docx）・Excel（.xlsx）形式のファイルを選んでください", text.html().select("#formFile-error").text());
        assertEquals("申請書", text.html().selectFirst("#formTitle").val(), "the title typed stays");

        Page image = upload(fx.staff, "写真", "photo.png", "image/png", PNG);
        assertEquals(422, image.status(), "a program's forms are PDF, Word or Excel");
        assertTrue(image.html().select("#formFile-error").text().contains("PDF・Word"));

        Page disguised = upload(fx.staff, "申請書", "申請書.pdf", "application/pdf", docx(2048));
        assertEquals(422, disguised.status());
        assertTrue(disguised.html().select("#formFile-error").text().contains("拡張子が一致しません"));

        byte[] big = Arrays.copyOf(PDF, 6 * 1024 * 1024);
        Page tooLarge = upload(fx.staff, "大きい", "big.pdf", "application/pdf", big);
        assertEquals(422, tooLarge.status());
        assertEquals("ファイルが大きすぎます。5MB以下にしてください", tooLarge.html().select("#formFile-error").text());

        Page none = fx.staff.postMultipartPairs(formsPath, List.<String[]>of(new String[]{"formTitle", "申請書"}));
        assertEquals(422, none.status());
        assertEquals("ファイルを選んでください", none.html().select("#formFile-error").text());

        Page longTitle = upload(fx.staff, "あ".repeat(101), "a.pdf", "application/pdf", PDF);
        assertEquals(422, longTitle.status());
        assertFalse(longTitle.html().select("#formTitle-error").text().isEmpty());
        assertNotNull(longTitle.html().selectFirst(".error-summary"));
        assertEquals(0, forms(), "nothing stored");
        assertEquals(0, audits("sub.audit.formUploaded"));
    }

    @Test
    void onlyStaffUploadAndDeleteTheForms() {
        assertEquals(303, upload(fx.staff, "申請書", "form.pdf", "application/pdf", PDF).status());
        long id = fx.number("SELECT id FROM sub_file WHERE owner_type = 'PROGRAM' AND owner_id = ?", program);

        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        assertEquals(403, upload(citizen, "偽物", "fake.pdf", "application/pdf", PDF).status());
        assertEquals(403, citizen.post(formsPath + "/" + id + "/delete", Map.of()).status());
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        assertEquals(403, coordinator.post(formsPath + "/" + id + "/delete", Map.of()).status());
        WebSession anonymous = WebSession.at(server.getURL());
        int anon = upload(anonymous, "偽物", "fake.pdf", "application/pdf", PDF).status();
        assertTrue(anon == 401 || anon == 403 || anon == 303, "anonymous upload refused: " + anon);
        int anonDelete = anonymous.post(formsPath + "/" + id + "/delete", Map.of()).status();
        assertTrue(anonDelete == 401 || anonDelete == 403 || anonDelete == 303, "anonymous delete refused: " + anonDelete);
        assertEquals(1, forms());

        // A form of another program is not found from this one.
        long other = fx.program("別の補助金 " + SubsidyFixture.unique(), 100_000);
        Page wrongProgram = fx.staff.post("/admin/subsidies/programs/" + other + "/forms/" + id + "/delete", Map.of());
        assertEquals(422, wrongProgram.status());
        assertEquals(1, forms());

        Page deleted = fx.staff.post(formsPath + "/" + id + "/delete", Map.of());
        assertEquals(303, deleted.status());
        assertEquals(0, forms());
        assertEquals(1, audits("sub.audit.formRemoved"));
        assertEquals(404, anonymous.get("/subsidies/files/" + id).status());
        Page page = anonymous.get("/subsidies/programs/" + program);
        assertTrue(page.html().select("ul.sub-forms").isEmpty());
        assertTrue(page.text().contains("様式はまだ掲載されていません"));
    }
}
