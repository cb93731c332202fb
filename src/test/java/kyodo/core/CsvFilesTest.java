package kyodo.core;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvFilesTest {

    private static final List<String> HEADER = List.of("団体名", "フリガナ", "メモ");
    private static final List<List<?>> ROWS = List.of(List.of("とみさと協働塾", "トミサトキョウドウジュク", "カンマ, と \"引用\"\n改行"));

    @Test
    void utf8WithBomByDefaultAndRoundTrips() {
        byte[] csv = CsvFiles.write(HEADER, ROWS, CsvFiles.Encoding.UTF8_BOM);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        assertEquals("\r\n", new String(csv, StandardCharsets.UTF_8).substring(new String(csv, StandardCharsets.UTF_8).indexOf("\r\n"), new String(csv, StandardCharsets.UTF_8).indexOf("\r\n") + 2));
        List<CSVRecord> records = CsvFiles.parse(csv);
        assertEquals(1, records.size());
        assertEquals("とみさと協働塾", records.get(0).get("団体名"));
        assertEquals("カンマ, と \"引用\"\n改行", records.get(0).get("メモ"));
    }

    @Test
    void windows31jOnRequestAndDetectedOnImport() {
        byte[] sjis = CsvFiles.write(HEADER, ROWS, CsvFiles.Encoding.WINDOWS_31J);
        assertEquals("団体名", new String(sjis, CsvFiles.WINDOWS_31J).substring(0, 3));
        assertEquals("トミサトキョウドウジュク", CsvFiles.parse(sjis).get(0).get("フリガナ"));
        byte[] plainUtf8 = "団体名,フリガナ\n①丁目,イッチョウメ\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("①丁目", CsvFiles.parse(plainUtf8).get(0).get("団体名"));
    }

    /** Files are read from disk block by block: the encoding by the same rule, rows counted outside quotes. */
    @Test
    void aFileOnDiskIsScannedAndReadRecordByRecord(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path sjis = dir.resolve("sjis.csv");
        java.nio.file.Files.write(sjis, CsvFiles.write(HEADER, List.of(ROWS.get(0), ROWS.get(0)), CsvFiles.Encoding.WINDOWS_31J));
        CsvFiles.FileScan scan = CsvFiles.scan(sjis);
        assertEquals(CsvFiles.WINDOWS_31J, scan.charset());
        assertEquals(2, scan.records(), "a newline inside quotes does not end a row");
        try (var parser = CsvFiles.open(sjis, scan)) {
            List<CSVRecord> read = new java.util.ArrayList<>();
            CsvFiles.records(parser).forEach(read::add);
            assertEquals(2, read.size());
            assertEquals("カンマ, と \"引用\"\n改行", read.get(1).get("メモ"));
        }

        // UTF-8 without a BOM whose characters straddle the 64 KB blocks, blank lines, no final newline.
        java.nio.file.Path utf8 = dir.resolve("utf8.csv");
        String longCell = "あ".repeat(30_000);
        java.nio.file.Files.writeString(utf8, "団体名,フリガナ\r\n" + longCell + ",ア\r\n\r\n" + longCell + ",イ", StandardCharsets.UTF_8);
        scan = CsvFiles.scan(utf8);
        assertEquals(StandardCharsets.UTF_8, scan.charset());
        assertEquals(2, scan.records());
        try (var parser = CsvFiles.open(utf8, scan)) {
            List<CSVRecord> read = new java.util.ArrayList<>();
            CsvFiles.records(parser).forEach(read::add);
            assertEquals(List.of("ア", "イ"), read.stream().map(r -> r.get("フリガナ")).toList());
        }

        java.nio.file.Path bom = dir.resolve("bom.csv");
        java.nio.file.Files.write(bom, CsvFiles.write(HEADER, ROWS, CsvFiles.Encoding.UTF8_BOM));
        scan = CsvFiles.scan(bom);
        assertTrue(scan.bom());
        try (var parser = CsvFiles.open(bom, scan)) {
            assertEquals(HEADER, parser.getHeaderNames());
        }

        java.nio.file.Path twice = dir.resolve("twice.csv");
        java.nio.file.Files.writeString(twice, "名前,名前\n1,2\n", StandardCharsets.UTF_8);
        assertThrows(CsvFiles.CsvFormatException.class, () -> CsvFiles.open(twice, CsvFiles.scan(twice)).close());
    }

    @Test
    void brokenCsvIsReportedNotThrownRaw() {
        byte[] broken = "名前,名前\n1,2\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(CsvFiles.CsvFormatException.class, () -> CsvFiles.parse(broken));
    }

    @Test
    void aCellThatWouldRunAsAFormulaInExcelIsWrittenAsText() {
        List<List<?>> rows = List.of(List.of("=HYPERLINK(\"https://evil.example\",\"開く\")", "+1+2", "-2+3", "@SUM(A1)",
                "\tx", "\rx", -500, "-500", "普通の名前"));
        String text = new String(CsvFiles.write(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), rows,
                CsvFiles.Encoding.UTF8_BOM), StandardCharsets.UTF_8);
        CSVRecord r = CsvFiles.parse(text.getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals("'=HYPERLINK(\"https://evil.example\",\"開く\")", r.get("a"));
        assertEquals("'+1+2", r.get("b"));
        assertEquals("'-2+3", r.get("c"));
        assertEquals("'@SUM(A1)", r.get("d"));
        assertEquals("-500", r.get("g"), "a negative number stays a number");
        assertEquals("-500", r.get("h"));
        assertEquals("普通の名前", r.get("i"));
        assertEquals("'\tx", r.get("e"));
        assertTrue(r.get("f").startsWith("'"));
    }

    @Test
    void theDownloadNamesTheFileTheSameWayInBothHeaderFields() {
        var response = CsvFiles.download("events.csv", new byte[0], CsvFiles.Encoding.UTF8_BOM);
        String disposition = response.getHeaders().get("Content-Disposition");
        assertEquals("attachment; filename=\"events.csv\"; filename*=UTF-8''events.csv", disposition);
    }
}
