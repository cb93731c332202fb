package kyodo.supportmodule;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import kyodo.support.WebSession.FilePart;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 市民活動フェスタ: an edition with its display periods, exhibits with photos and a PR video shown as a link
 * (never embedded), the season's board, public once published; bad links and files write nothing.
 */
@MicronautTest(transactional = false)
class FestaWebTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    SupportFixture fixture;

    @Test
    void anEditionIsPublicOncePublishedWithItsPeriodsExhibitsPhotosVideoLinksAndBoard() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        Page created = staff.post("/admin/support/festa", Map.of("fiscalYear", "2040", "title", "とみさと市民活動フェスタ2040",
                "summary", "団体紹介の展示とPR動画", "exchangeEventId", "", "published", ""));
        assertEquals(303, created.status(), created.text());
        String admin = created.location();
        long id = Long.parseLong(admin.replaceAll("\\D+", ""));
        assertEquals(404, WebSession.at(server.getURL()).get("/support/festa/2040").status(), "not public before it is published");
        assertEquals(422, staff.post("/admin/support/festa", Map.of("fiscalYear", "2040", "title", "x", "summary", "y")).status(),
                "one edition a year");

        assertEquals(303, staff.post(admin + "/periods", Map.of("periodName", "第1区分", "startsOn", "2040-12-11", "endsOn", "2041-02-01",
                "periodPlace", "市役所ロビー")).status());
        Page backwards = staff.post(admin + "/periods", Map.of("periodName", "第2区分", "startsOn", "2041-02-01", "endsOn", "2040-12-11"));
        assertTrue(backwards.html().selectFirst("#endsOn-error").text().contains("開始日以降"));
        SupportFixture.Group group = fixture.group("ドローンクラブ");
        Page script = staff.post(admin + "/exhibits", Map.of("groupId", Long.toString(group.id()), "exhibitText", "活動の紹介",
                "videoUrl", "javascript:alert(1)"));
        assertEquals(422, script.status());
        assertTrue(script.html().selectFirst("#videoUrl-error").text().contains("https://"));
        assertEquals(303, staff.post(admin + "/exhibits", Map.of("groupId", Long.toString(group.id()), "exhibitText", "児童館での出前講座",
                "videoUrl", "https://video.example.jp/watch?v=abc")).status());
        assertEquals(303, staff.post(admin + "/exhibits", Map.of("groupId", "", "groupName", "富里高校美術部", "exhibitText", "「協働」の作品展示",
                "videoUrl", "")).status());
        long exhibit = fixture.count("SELECT id FROM sup_festa_exhibit WHERE festa_id = ? AND group_id = ?", id, group.id());
        Page wrongType = staff.postMultipart(admin + "/photos", Map.of("exhibitId", Long.toString(exhibit), "altText", "展示の様子"),
                Map.of("photo", new FilePart("photo.png", "image/png", JPEG)));
        assertEquals(422, wrongType.status());
        assertTrue(wrongType.html().selectFirst("#photo-error").text().contains("一致しません"));
        Page noAlt = staff.postMultipart(admin + "/photos", Map.of("exhibitId", Long.toString(exhibit), "altText", ""),
                Map.of("photo", new FilePart("photo.jpg", "image/jpeg", JPEG)));
        assertTrue(noAlt.html().selectFirst("#altText-error").text().contains("写真の説明"));
        assertEquals(303, staff.postMultipart(admin + "/photos", Map.of("exhibitId", Long.toString(exhibit), "altText", "ドローンの展示"),
                Map.of("photo", new FilePart("photo.jpg", "image/jpeg", JPEG))).status());
        assertEquals(303, staff.post(admin + "/posts", Map.of("postKind", "WANT", "postGroup", "子ども食堂", "postText", "配膳ボランティア")).status());
        assertEquals(303, staff.post(admin, Map.of("fiscalYear", "2040", "title", "とみさと市民活動フェスタ2040", "summary", "団体紹介の展示とPR動画",
                "exchangeEventId", "", "published", "true")).status());

        WebSession visitor = WebSession.at(server.getURL());
        assertTrue(visitor.get("/support/festa").text().contains("とみさと市民活動フェスタ2040"));
        Page edition = visitor.get("/support/festa/2040");
        assertEquals(200, edition.status());
        String text = edition.text();
        assertTrue(text.contains("第1区分") && text.contains("市役所ロビー") && text.contains(group.name()) && text.contains("富里高校美術部")
                && text.contains("配膳ボランティア") && text.contains("参加団体（2団体）"), text);
        assertEquals("https://video.example.jp/watch?v=abc", edition.html().selectFirst("a[href^=https://video]").attr("href"));
        assertTrue(edition.html().select("iframe, embed, object, video").isEmpty(), "the video is a link, not an embed");
        String photo = edition.html().selectFirst(".sup-photos img").attr("src");
        assertEquals("ドローンの展示", edition.html().selectFirst(".sup-photos img").attr("alt"));
        Page image = visitor.get(photo);
        assertEquals(200, image.status());
        assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElse(""));
        assertFalse(text.contains("javascript"));
        assertEquals(403, accounts.loggedIn(server.getURL(), Role.CITIZEN).get(admin).status());
    }
}
