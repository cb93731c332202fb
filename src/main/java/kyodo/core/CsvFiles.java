package kyodo.core;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.CharBuffer;
import java.util.List;

/**
 * CSV that opens correctly in Excel: UTF-8 with a BOM by default, Windows-31J on request.
 * Reading accepts both: a BOM means UTF-8, otherwise strict UTF-8 is tried, then Windows-31J.
 */
public final class CsvFiles {

    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat WRITE_FORMAT = CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").build();
    private static final CSVFormat READ_FORMAT = CSVFormat.EXCEL.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW).build();

    /** The encodings a person can ask for; {@code ?encoding=sjis} picks Windows-31J. */
    public enum Encoding {
        UTF8_BOM, WINDOWS_31J;

        public static Encoding fromParameter(String value) {
            return value != null && (value.equalsIgnoreCase("sjis") || value.equalsIgnoreCase("windows-31j")
                    || value.equalsIgnoreCase("shift_jis")) ? WINDOWS_31J : UTF8_BOM;
        }
    }

    private CsvFiles() {
    }

    public static byte[] write(List<String> header, Iterable<? extends List<?>> rows, Encoding encoding) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Charset charset = encoding == Encoding.WINDOWS_31J ? WINDOWS_31J : StandardCharsets.UTF_8;
        if (encoding == Encoding.UTF8_BOM) {
            bytes.writeBytes(BOM);
        }
        try (Writer writer = new OutputStreamWriter(bytes, charset.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(new byte[]{'?'}));
             CSVPrinter printer = new CSVPrinter(writer, WRITE_FORMAT)) {
            printer.printRecord(header.stream().map(CsvFiles::cell).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(CsvFiles::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A cell as Excel will read it: text that starts with {@code = + - @}, a tab or a carriage return
     * would run as a formula (=HYPERLINK(…)), so it gets a leading apostrophe, which Excel shows as
     * text. Numbers stay numbers (a negative amount is still -500).
     */
    static Object cell(Object value) {
        if (!(value instanceof CharSequence text) || text.isEmpty()) {
            return value;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (risky && !text.toString().matches("[-+]?\\d+(\\.\\d+)?")) {
            return "'" + text;
        }
        return value;
    }

    /** A download response with a Japanese file name that every browser keeps. */
    public static MutableHttpResponse<byte[]> download(String fileName, byte[] content, Encoding encoding) {
        String charset = encoding == Encoding.WINDOWS_31J ? "windows-31j" : "utf-8";
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(content)
                .contentType(new MediaType("text/csv; charset=" + charset))
                .header("Content-Disposition", "attachment; filename=\"" + asciiName(fileName) + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "no-store");
    }

    /** The file name for clients that do not read filename*: its ASCII part, or "export.csv". */
    static String asciiName(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "");
        return ascii.length() > 4 && ascii.endsWith(".csv") && !ascii.equals(".csv") ? ascii : "export.csv";
    }

    /** Decodes an uploaded file (BOM → UTF-8; valid UTF-8; else Windows-31J). */
    public static String decode(byte[] content) {
        if (content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2]) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_31J);
        }
    }

    /** Parses a CSV with a header row; records keep their line numbers for error messages. */
    public static List<CSVRecord> parse(byte[] content) {
        try (CSVParser parser = READ_FORMAT.parse(new StringReader(decode(content)))) {
            return parser.getRecords();
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new CsvFormatException(e.getMessage());
        }
    }

    /**
     * What one streaming pass over an uploaded file finds before it is parsed: its encoding (by the
     * same rule as {@link #decode}) and about how many records follow the header (lines with
     * content outside quoted cells; a progress display's total, the parse gives the exact count).
     */
    public record FileScan(Charset charset, boolean bom, long records) {
    }

    /** Reads the file once in blocks, holding none of it: its encoding and record count. */
    public static FileScan scan(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean valid = true;
        boolean bom = false;
        long lines = 0;
        boolean quoted = false;
        boolean content = false;
        byte[] block = new byte[64 * 1024];
        ByteBuffer pending = ByteBuffer.allocate(block.length + 8);
        CharBuffer scratch = CharBuffer.allocate(block.length + 8);
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            boolean first = true;
            while ((n = in.readNBytes(block, 0, block.length)) > 0) {
                int from = 0;
                if (first) {
                    first = false;
                    bom = n >= 3 && block[0] == BOM[0] && block[1] == BOM[1] && block[2] == BOM[2];
                    from = bom ? 3 : 0;
                }
                for (int i = from; i < n; i++) {
                    byte b = block[i];
                    // '"' and '\n' never occur inside a multi-byte character of UTF-8 or Windows-31J.
                    if (b == '"') {
                        quoted = !quoted;
                        content = true;
                    } else if (b == '\n' && !quoted) {
                        if (content) {
                            lines++;
                        }
                        content = false;
                    } else if (b != '\r') {
                        content = true;
                    }
                }
                if (valid && !bom) {
                    pending.put(block, from, n - from).flip();
                    scratch.clear();
                    CoderResult result = utf8.decode(pending, scratch, false);
                    while (result.isOverflow()) {
                        scratch.clear();
                        result = utf8.decode(pending, scratch, false);
                    }
                    valid = !result.isError();
                    pending.compact();
                }
            }
        }
        if (content) {
            lines++;
        }
        if (valid && !bom) {
            pending.flip();
            scratch.clear();
            valid = !utf8.decode(pending, scratch, true).isError() && !utf8.flush(scratch).isError();
        }
        return new FileScan(bom || valid ? StandardCharsets.UTF_8 : WINDOWS_31J, bom, Math.max(0, lines - 1));
    }

    /**
     * Opens a CSV file with a header row for reading record by record (the same format as
     * {@link #parse}); the caller closes it. A broken header is a {@link CsvFormatException};
     * while iterating, a broken record (an unclosed quote) is an {@link UncheckedIOException} or
     * an {@link IllegalStateException}, which {@link #records} turns into a {@code CsvFormatException}.
     */
    public static CSVParser open(Path file, FileScan scan) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            if (scan.bom()) {
                in.skipNBytes(3);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, scan.charset()), 64 * 1024);
            return READ_FORMAT.parse(reader);
        } catch (IllegalStateException | IllegalArgumentException e) {
            in.close();
            throw new CsvFormatException(e.getMessage());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The records of an opened file one at a time; a broken record ends it with a {@link CsvFormatException}. */
    public static Iterable<CSVRecord> records(CSVParser parser) {
        return () -> {
            java.util.Iterator<CSVRecord> it = parser.iterator();
            return new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    try {
                        return it.hasNext();
                    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
                        throw new CsvFormatException(e.getMessage());
                    }
                }

                @Override
                public CSVRecord next() {
                    try {
                        return it.next();
                    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
                        throw new CsvFormatException(e.getMessage());
                    }
                }
            };
        };
    }

    /** The file is not CSV at all (an unclosed quote, a duplicate header). */
    public static final class CsvFormatException extends RuntimeException {
        public CsvFormatException(String message) {
            super(message);
        }
    }
}
