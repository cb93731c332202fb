package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.Db;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site search over the demo city's words: what people type (hiragana, half-width katakana, a long vowel
 * left out) finds what was stored, grouped by kind with pages; nothing found, nothing typed and bad input
 * each get a clear message.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteSearchWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    List<DemoData> demoData;
    @Inject
    DataSource dataSource;

    /** The parts of the demo city the search covers: events, groups, lectures, board, subsidies, plan, news. */
    @BeforeAll
    void seedTheDemoCity() {
        Map<Role, Long> ids = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            ids.put(role, accounts.create(role).id());
        }
        demoData.stream().sorted(Comparator.comparingInt(DemoData::order))
                .filter(d -> List.of("events", "directory", "subsidies", "plan", "portal").contains(module(d)))
                .filter(d -> !d.getClass().getSimpleName().startsWith("Survey"))
                .forEach(d -> d.seed(ids));
    }

    private static String module(DemoData d) {
        return d.getClass().getPackageName().split("\\.")[1];
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Document search(String q) {
        Page page = WebSession.at(server.getURL()).get("/search?q=" + enc(q));
        assertEquals(200, page.status(), q + ": " + page.text());
        return page.html();
    }

    /** The titles found under one kind's heading (empty when the kind has no hits). */
    private static List<String> titles(Document html, String kind) {
        Element group = html.selectFirst("section.search-group:has(h2#search-" + kind + ")");
        return group == null ? List.of() : group.select(".search-hits__title").eachText();
    }

    @Test
    void kanjiFindEventsPlanItemsAndNewsGroupedByKind() {
        Document html = search("協働塾");
        assertTrue(titles(html, "events").stream().anyMatch(t -> t.startsWith("とみさと協働塾")), html.text());
        assertTrue(titles(html, "news").contains("とみさと協働塾の受講生を募集します"), html.text());
        assertTrue(titles(html, "plan").stream().anyMatch(t -> t.endsWith("協働塾の開催")), html.text());
        // Each kind is one section under its own heading, with its count.
        List<String> headings = html.select("section.search-group h2").eachText();
        assertTrue(headings.stream().anyMatch(h -> h.startsWith("講座・イベント（")), headings.toString());
        assertTrue(headings.stream().anyMatch(h -> h.startsWith("お知らせ（")), headings.toString());
        assertTrue(html.selectFirst("p[role=status]").text().startsWith("「協働塾」の検索結果: "));
        // A hit links to its page.
        Element event = html.selectFirst("#search-events ~ ul a");
        assertTrue(event.attr("href").matches("/events/\\d+"), event.attr("href"));
        assertEquals(200, WebSession.at(server.getURL()).get(event.attr("href")).status());
    }

    @Test
    void hiraganaFindsAnEventByItsStoredReading() {
        // 協働塾 is stored with its reading きょうどうじゅく: hiragana finds it, half-width katakana too.
        for (String q : List.of("きょうどう", "ｷｮｳﾄﾞｳ", "キョウドウ", "きょう どう", "ｷｮｳﾄﾞｳｼﾞｭｸ")) {
            Document html = search(q);
            assertTrue(titles(html, "events").stream().anyMatch(t -> t.startsWith("とみさと協働塾")), q + ": " + html.text());
        }
    }

    @Test
    void katakanaWithOrWithoutTheLongVowelFindsGroupsAndLectures() {
        for (String q : List.of("ドローン", "どろーん", "ﾄﾞﾛｰﾝ", "ドロン")) {
            Document html = search(q);
            assertTrue(titles(html, "groups").contains("さくらドローンクラブ"), q + ": " + html.text());
            assertTrue(titles(html, "lectures").contains("ドローンのしくみと操縦体験"), q + ": " + html.text());
        }
        // A group's kana reading is searched too: サクラドローンクラブ in hiragana.
        assertTrue(titles(search("さくらどろーんくらぶ"), "groups").contains("さくらドローンクラブ"));
    }

    @Test
    void boardPostsAndSubsidyProgramsAreFound() {
        assertTrue(titles(search("子育てひろば"), "board").contains("子育てひろばの設営を手伝ってください"));
        Document html = search("市民活動支援補助金");
        assertTrue(titles(html, "subsidies").contains("市民活動支援補助金"), html.text());
        assertTrue(html.selectFirst("#search-subsidies ~ ul a").attr("href").matches("/subsidies/programs/\\d+"));
    }

    @Test
    void changedTextIsFoundAndHiddenThingsAreNot() {
        String word = "検索語" + UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime now = LocalDateTime.now(CityClock.JAPAN);
        long approved = Db.insert(dataSource, "INSERT INTO dir_group (name, name_kana, group_type, description, status, created_by, created_at, updated_at)"
                + " VALUES (?, 'テスト', 'CIRCLE', ?, 'APPROVED', 1, ?, ?)", "見える団体", word, now, now);
        Db.insert(dataSource, "INSERT INTO dir_group (name, name_kana, group_type, description, status, created_by, created_at, updated_at)"
                + " VALUES (?, 'テスト', 'CIRCLE', ?, 'PENDING', 1, ?, ?)", "審査中の団体", word, now, now);
        assertEquals(List.of("見える団体"), titles(search(word), "groups"));
        // Text changed by any path is searched as it is now.
        String other = "変更後" + UUID.randomUUID().toString().substring(0, 6);
        Db.insert(dataSource, "UPDATE dir_group SET description = ? WHERE id = ?", other, approved);
        assertEquals(List.of("見える団体"), titles(search(other), "groups"));
        assertTrue(search(word).selectFirst("section.search-group") == null);
    }

    @Test
    void manyHitsOfOneKindArePaged() {
        String word = "ページ送り" + UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime now = LocalDateTime.now(CityClock.JAPAN);
        for (int i = 1; i <= 23; i++) {
            Db.insert(dataSource, "INSERT INTO dir_group (name, name_kana, group_type, description, status, created_by, created_at, updated_at)"
                    + " VALUES (?, ?, 'CIRCLE', ?, 'APPROVED', 1, ?, ?)", "団体" + i, String.format("ダンタイ%02d", i), word, now, now);
        }
        Document overview = search(word);
        assertEquals(5, titles(overview, "groups").size());
        Element more = overview.selectFirst("#search-groups ~ p a");
        assertNotNull(more);
        assertEquals("団体の結果をすべて見る（23件）", more.text());
        Document first = WebSession.at(server.getURL()).get(more.attr("href")).html();
        assertEquals(20, titles(first, "groups").size());
        assertEquals("1 / 2 ページ", first.selectFirst("nav.pager span").text());
        Document second = WebSession.at(server.getURL()).get(first.selectFirst("nav.pager a[rel=next]").attr("href")).html();
        assertEquals(3, titles(second, "groups").size());
    }

    @Test
    void nothingTypedOrNothingFoundSaysSoInJapanese() {
        assertTrue(search("").selectFirst(".empty-state").text().startsWith("検索する言葉を入力してください。"));
        assertTrue(search("　 ").selectFirst(".empty-state").text().startsWith("検索する言葉を入力してください。"));
        Document none = search("存在しない言葉ｘｙｚ" + UUID.randomUUID());
        assertTrue(none.selectFirst(".empty-state").text().contains("に一致するものは見つかりませんでした"), none.text());
        assertNull(none.selectFirst("section.search-group"));
        // What was typed is kept in the box; % and _ are letters, not wildcards.
        assertEquals("100%_", search("100%_").selectFirst("#search-q").attr("value"));
    }

    @Test
    void aVeryLongQueryOrControlCharactersAreRefusedWithAMessage() {
        Page tooLong = WebSession.at(server.getURL()).get("/search?q=" + "a".repeat(2000));
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.html().selectFirst("[role=alert]").text().contains("100文字以内"), tooLong.text());
        assertEquals("a".repeat(100), tooLong.html().selectFirst("#search-q").attr("value"), "what fits is kept in the box");
        // 2,000 kanji are 18,000 bytes in the address: the server refuses the request line itself, with its page.
        Page longKanji = WebSession.at(server.getURL()).get("/search?q=" + enc("協".repeat(2000)));
        assertTrue(longKanji.status() >= 400 && longKanji.status() < 500, "status " + longKanji.status());
        assertTrue(longKanji.text().contains("長すぎます"), longKanji.text());
        // Below the server's limit, kanji get the search's own message.
        Page someKanji = WebSession.at(server.getURL()).get("/search?q=" + enc("協".repeat(300)));
        assertEquals(400, someKanji.status());
        assertTrue(someKanji.html().selectFirst("[role=alert]").text().contains("100文字以内"));
        for (String bad : List.of("協働\u0000塾", "\u001b[31m", "a\u0007")) {
            Page page = WebSession.at(server.getURL()).get("/search?q=" + enc(bad));
            assertEquals(400, page.status(), bad);
            assertTrue(page.html().selectFirst("[role=alert]").text().contains("使えない文字"));
        }
        // An unknown kind or page number is just the overview / the first page.
        assertEquals(200, WebSession.at(server.getURL()).get("/search?q=a&kind=nope&page=-1").status());
        assertEquals(200, WebSession.at(server.getURL()).get("/search?q=a&kind=events&page=abc").status());
    }

    @Test
    void theHeaderHasTheSearchBoxOnEveryPage() {
        for (String path : List.of("/", "/events", "/groups", "/search?q=" + enc("協働"))) {
            Element form = WebSession.at(server.getURL()).get(path).html().selectFirst("header form[role=search][action=/search]");
            assertNotNull(form, path);
            assertEquals("サイト内検索", form.attr("aria-label"));
            Element input = form.selectFirst("input[name=q]");
            assertEquals("検索する言葉", form.selectFirst("label[for=" + input.id() + "]").text());
        }
        assertEquals("", WebSession.at(server.getURL()).get("/events?q=" + enc("講座")).html().selectFirst("#site-search-q").attr("value"),
                "the header box is empty outside the search page");
        assertEquals("協働", WebSession.at(server.getURL()).get("/search?q=" + enc("協働")).html().selectFirst("#site-search-q").attr("value"));
    }
}
