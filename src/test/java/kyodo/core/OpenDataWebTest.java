package kyodo.core;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.web.OpenDataCatalog;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open data as a harvester reads it: the DCAT catalogue, then every file it names, parsed strictly
 * (RFC 4180, no trimming): a BOM, CRLF, the catalogue's columns as the header, the same number of cells
 * in every row, no cell a spreadsheet would run as a formula; and nothing private in the files.
 */
@MicronautTest(transactional = false)
class OpenDataWebTest {

    private static final CSVFormat STRICT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(false).build();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    OpenDataCatalog catalog;
    @Inject
    JsonMapper json;

    @Inject
    PublicDataFixture data;

    @Test
    void theCatalogueNamesEveryFileAndEveryFileIsStrictCsvWithTheCataloguesColumns() throws IOException {
        data.ensure();
        WebSession anonymous = WebSession.at(server.getURL());
        Page dcat = anonymous.get("/opendata/catalog.json");
        assertEquals(200, dcat.status());
        assertTrue(dcat.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        @SuppressWarnings("unchecked")
        Map<String, Object> root = json.readValue(dcat.bytes(), Map.class);
        assertEquals("dcat:Catalog", root.get("@type"));
        assertNotNull(((Map<?, ?>) root.get("@context")).get("dcat"));
        List<?> datasets = (List<?>) root.get("dcat:dataset");
        assertEquals(catalog.datasets().size(), datasets.size());
        assertTrue(catalog.datasets().size() >= 8, "events, groups, lectures, adopted projects, plan items, KPIs, shops, cases");

        Document page = anonymous.get("/opendata").html();
        Map<String, String> texts = new HashMap<>();
        for (Object o : datasets) {
            Map<?, ?> d = (Map<?, ?>) o;
            String name = (String) d.get("dct:identifier");
            OpenDataset dataset = catalog.find(name).orElseThrow();
            assertEquals("dcat:Dataset", d.get("@type"));
            assertFalse(((String) d.get("dct:title")).isBlank());
            assertFalse(((String) d.get("dct:description")).isBlank());
            assertEquals("https://creativecommons.org/licenses/by/4.0/deed.ja", d.get("dct:license"));
            assertNotNull(d.get("dct:modified"), name + ": every dataset says when its data last changed (the fixture fills each)");
            if (d.get("dct:modified") != null) {
                OffsetDateTime.parse((String) d.get("dct:modified"));
                assertTrue(((String) d.get("dct:modified")).endsWith("+09:00"));
            }
            List<?> distributions = (List<?>) d.get("dcat:distribution");
            assertEquals(1, distributions.size());
            Map<?, ?> csv = (Map<?, ?>) distributions.get(0);
            assertEquals("dcat:Distribution", csv.get("@type"));
            assertEquals("text/csv", csv.get("dcat:mediaType"));
            URI url = URI.create((String) csv.get("dcat:downloadURL"));
            assertTrue(url.isAbsolute(), url.toString());
            assertEquals("/opendata/" + name + ".csv", url.getPath());

            // The catalogue page lists the same columns, in order, as the file's header.
            List<String> columns = dataset.columns().stream().map(OpenDataset.Column::name).toList();
            Element section = page.getElementById(name);
            assertNotNull(section, "the catalogue page has a section for " + name);
            assertEquals(columns, section.select("tbody tr td:nth-child(2)").eachText(), name);
            assertFalse(section.select("a[href=/opendata/" + name + ".csv]").isEmpty());

            texts.put(name, strictlyParsed(anonymous.get(url.getPath()), name, columns));
        }

        assertTrue(texts.get("events").contains("'" + data.eventTitle()), "the event, its title neutralised");
        assertTrue(texts.get("groups").contains("'" + data.groupName()), "the approved group");
        assertFalse(texts.get("groups").contains("090-0000-1111"), "no private contact");
        assertFalse(texts.get("groups").contains("0123-45-6789"), "no contact details at all");
        assertTrue(texts.get("lectures").contains("'" + data.lectureTitle()));
        assertTrue(texts.get("lectures").contains("'-ドローンが飛ぶしくみ"));
        assertTrue(texts.get("subsidies-adopted").contains("'" + data.projectTitle() + "\"") || texts.get("subsidies-adopted")
                .contains("'" + data.projectTitle() + ","));
        assertTrue(texts.get("subsidies-adopted").contains(",87500,CONFIRMED,0"), "the confirmed amount");
        assertTrue(texts.get("plan-items").contains("第2次協働のまちづくり推進計画"));
        assertTrue(texts.get("plan-items").contains(",DONE,") || texts.get("plan-items").contains(",ON_TRACK,")
                || texts.get("plan-items").contains(",CONTINUING,"), "a published mark");
        assertTrue(texts.get("kpis").contains("地域の活動に参加している市民の割合,%,"));
        assertTrue(texts.get("kpis").contains(",36.4,ENTERED,"), "an entered actual");
        assertTrue(texts.get("chiikifu-shops").contains("," + data.shopName() + ",中央地区,MENU,寄附メニュー\r\n"),
                "the partner shop, its kind as a code and by name");
        assertTrue(texts.get("cases").contains(",'" + data.caseTitle() + ","), "the published case study, its title neutralised");
        assertTrue(texts.get("cases").contains("/cases/" + data.caseId() + "\r\n"));
        assertFalse(texts.get("cases").contains("書きかけの事例 " + data.tag()), "no case study not published");
        assertFalse(texts.get("cases").contains("同意 太郎"), "not who consented");
    }

    /** The file as a strict reader sees it; returns its text. */
    private String strictlyParsed(Page file, String name, List<String> columns) throws IOException {
        assertEquals(200, file.status(), name);
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), name);
        String disposition = file.headers().firstValue("Content-Disposition").orElse("");
        assertEquals("attachment; filename=\"" + name + ".csv\"; filename*=UTF-8''" + name + ".csv", disposition,
                "one name for the file in both fields");
        byte[] bytes = file.bytes();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3), name + " BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), name + " ends with CRLF");
        String headerLine = text.substring(0, text.indexOf('\n') + 1);
        assertTrue(headerLine.endsWith("\r\n"), name + " header ends with CRLF");
        List<CSVRecord> records;
        try (CSVParser parser = STRICT.parse(new StringReader(text))) {
            records = parser.getRecords();
        }
        assertEquals(columns, records.get(0).toList(), name + " header");
        List<String> risky = new ArrayList<>();
        for (CSVRecord r : records) {
            assertEquals(columns.size(), r.size(), name + " line " + r.getRecordNumber());
            for (String cell : r) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("[-+]?\\d+(\\.\\d+)?")) {
                    risky.add(cell);
                }
            }
        }
        assertEquals(List.of(), risky, name + ": cells a spreadsheet would run as formulas");
        return text;
    }

    @Test
    void anUnknownFileIsNotFoundAndTheFooterLinksTheCatalogue() {
        WebSession anonymous = WebSession.at(server.getURL());
        assertEquals(404, anonymous.get("/opendata/no-such-data.csv").status());
        Page home = anonymous.get("/");
        assertFalse(home.html().select("footer a[href=/opendata]").isEmpty());
        Page catalogue = anonymous.get("/opendata");
        assertEquals(200, catalogue.status());
        assertTrue(catalogue.text().contains("CC BY 4.0"));
        assertTrue(catalogue.text().contains("自治体標準オープンデータセット"));
        assertTrue(catalogue.text().contains("先頭にアポストロフィ"), "how formula cells are written");
    }
}
