package kyodo.directory;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.FilePart;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static kyodo.directory.DirectoryTestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spreadsheet import: all or nothing, bad rows reported with line numbers, Windows-31J and BOM files. */
@MicronautTest(transactional = false)
class ImportWebTest {

    static final String VOLUNTEER_HEADER = "氏名,フリガナ,メールアドレス,電話番号,連絡方法,特技・技能,資格,活動分野,活動できる時間,地域,小学校区,連絡先提供の同意\r\n";
    static final Charset SJIS = Charset.forName("windows-31j");

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DirectoryTestData data;

    static Page upload(WebSession s, String kind, byte[] content) {
        return s.postMultipart("/admin/directory/import/" + kind, Map.of(),
                Map.of("file", new FilePart("list.csv", "text/csv", content)));
    }

    @Test
    void aWindows31jVolunteerListIsImported() {
        String tag = unique();
        String csv = VOLUNTEER_HEADER
                + "山田 太郎,ヤマダ タロウ,taro-" + tag + "@example.jp,090-1111-2222,電話,草刈り" + tag + ",,環境・リサイクル、まちづくり,土午前 日午前,北地区,北小学校区,はい\r\n"
                + "佐藤 花子,サトウ ハナコ,,0123-45-6789,電話,読み聞かせ" + tag + ",司書,子育て,水午後,南地区,南小学校区,いいえ\r\n";
        TestAccount staff = accounts.create(Role.STAFF);
        WebSession s = accounts.logIn(server.getURL(), staff);
        Page done = upload(s, "volunteers", csv.getBytes(SJIS));
        assertEquals(303, done.status(), done.text());
        assertTrue(s.get(done.location()).text().contains("2人を人材バンクに登録しました"));
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_volunteer WHERE name = '山田 太郎' AND skills = ? "
                + "AND consent_share AND contact_method = 'PHONE' AND availability = ?", "草刈り" + tag, (1 << 15) | (1 << 18)));
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_volunteer WHERE skills = ? AND NOT consent_share", "読み聞かせ" + tag));
        assertEquals(1, data.count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'dir.audit.volunteersImported' AND actor_id = ?", staff.id()));

        // The export has the same columns, so it can be imported again.
        Page export = s.get("/admin/volunteers/export.csv");
        String exported = new String(export.bytes(), StandardCharsets.UTF_8);
        assertTrue(exported.startsWith("\uFEFF氏名,フリガナ"));
        assertTrue(exported.contains("草刈り" + tag) && exported.contains("土午前、日午前"), exported);
    }

    @Test
    void oneBadRowImportsNothingAndEveryBadRowIsReportedWithItsLine() {
        String tag = unique();
        String csv = "\uFEFF" + VOLUNTEER_HEADER
                + "良い 行,ヨイ ギョウ,,090-1111-2222,電話,良い" + tag + ",,,,,,はい\r\n"
                + ",ナナシ,,,メール,悪い" + tag + ",,,,,,はい\r\n"
                + "鈴木 一郎,suzuki,,,電話,悪い" + tag + ",,宇宙開発,月午前,,,たぶん\r\n";
        WebSession s = accounts.loggedIn(server.getURL(), Role.STAFF);
        Page page = upload(s, "volunteers", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, page.status());
        List<String> errors = page.html().select("#import-errors li").eachText();
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("3行目「氏名」") && e.contains("入力してください")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("3行目「連絡方法」") && e.contains("電話")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("4行目「フリガナ」") && e.contains("カタカナ")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("4行目「電話番号」")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("4行目「活動分野」")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("4行目「連絡先提供の同意」")), errors.toString());
        assertFalse(errors.stream().anyMatch(e -> e.startsWith("2行目")), errors.toString());
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_volunteer WHERE skills LIKE ?", "%" + tag));
    }

    @Test
    void missingColumnsBrokenFilesAndEmptyUploadsAreExplained() {
        WebSession s = accounts.loggedIn(server.getURL(), Role.STAFF);
        Page missing = upload(s, "volunteers", "氏名,フリガナ\r\n山田,ヤマダ\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, missing.status());
        assertTrue(missing.text().contains("連絡方法") && missing.text().contains("必須の列がありません"), missing.text());
        Page broken = upload(s, "groups", "団体名,団体名,種別\r\nア,イ,NPO法人\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, broken.status());
        assertTrue(broken.text().contains("見出しの重複"), broken.text());
        Page none = upload(s, "groups", new byte[0]);
        assertEquals(422, none.status());
        assertTrue(none.text().contains("ファイルを選んでください"));
    }

    @Test
    void groupsAreImportedApprovedAndExportedWithThePrivateContactForStaff() {
        String tag = unique();
        String csv = "団体名,フリガナ,種別,活動分野,地域,小学校区,設立年,会員数,活動日,活動場所,公開連絡先,非公開連絡先,ウェブサイト,SNS,団体の紹介\r\n"
                + "さくら子育てひろば" + tag + ",サクラコソダテヒロバ,NPO法人,子育て,中央地区,中央小学校区,2012,30,毎週水曜日,中央公民館,事務局 0123-45-6789,代表 090-9999-0000,https://example.jp,,親子の居場所\r\n"
                + "北町自治会" + tag + ",キタマチジチカイ,自治会・区,防災、防犯,北地区,北小学校区,1970,250,,,,,,,\r\n";
        WebSession s = accounts.loggedIn(server.getURL(), Role.STAFF);
        Page done = upload(s, "groups", csv.getBytes(SJIS));
        assertEquals(303, done.status(), done.text());
        String list = WebSession.at(server.getURL()).get("/groups?q=" + tag).text();
        assertTrue(list.contains("さくら子育てひろば" + tag) && list.contains("北町自治会" + tag), "imported as approved");
        String npo = WebSession.at(server.getURL()).get("/groups?q=" + tag + "&type=NPO").text();
        assertFalse(npo.contains("北町自治会" + tag));
        Page export = s.get("/admin/directory/groups.csv?encoding=sjis");
        String text = new String(export.bytes(), SJIS);
        assertTrue(text.contains("代表 090-9999-0000") && text.contains("防災、防犯"));
        assertEquals(403, accounts.loggedIn(server.getURL(), Role.COORDINATOR).get("/admin/directory/groups.csv").status());
        assertEquals(403, accounts.loggedIn(server.getURL(), Role.COORDINATOR).get("/admin/directory/import").status());
    }
}
