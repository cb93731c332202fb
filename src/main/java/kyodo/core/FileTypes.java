package kyodo.core;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The type of an uploaded file, read from its first bytes (never from the name or the browser's
 * word for it): PDF, PNG, JPEG, and the Word and Excel formats (Office Open XML).
 */
public final class FileTypes {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private FileTypes() {
    }

    public static Optional<String> detect(byte[] b) {
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (starts(b, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (starts(b, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (starts(b, new byte[]{'P', 'K', 3, 4})) {
            // Office Open XML: a ZIP whose entries name the document kind.
            String head = new String(b, 0, Math.min(b.length, 64 * 1024), StandardCharsets.ISO_8859_1);
            if (head.contains("word/")) {
                return Optional.of(DOCX);
            }
            if (head.contains("xl/")) {
                return Optional.of(XLSX);
            }
        }
        return Optional.empty();
    }

    /** Whether a file name's extension agrees with a detected type. */
    public static boolean extensionMatches(String name, String type) {
        String lower = name.toLowerCase(Locale.ROOT);
        return switch (type) {
            case PDF -> lower.endsWith(".pdf");
            case PNG -> lower.endsWith(".png");
            case JPEG -> lower.endsWith(".jpg") || lower.endsWith(".jpeg");
            case DOCX -> lower.endsWith(".docx");
            case XLSX -> lower.endsWith(".xlsx");
            default -> false;
        };
    }

    private static boolean starts(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
