package kyodo.subsidies.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Uploaded file names made safe to keep and to send back: no folders, no control or direction
 * characters, none of the characters Windows refuses, at most 200 characters with the extension
 * kept; and the Content-Disposition of a download, with an ASCII fallback and the UTF-8 name as
 * RFC 5987 / RFC 6266 {@code filename*}.
 */
public final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /** The name to store, or "" when nothing usable is left. */
    public static String safe(String typed) {
        if (typed == null) {
            return "";
        }
        String name = Normalizer.normalize(typed, Normalizer.Form.NFC);
        // A browser may send the whole path (C:\Users\...\form.docx): keep the last part.
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = name.replaceAll("[\\p{Cntrl}\\x{200B}-\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FEFF}]", "");
        name = name.replaceAll("[<>:\"|?*]", "_").strip();
        // No hidden files and no names Windows would cut ("form." or "form ").
        name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - ext.length()) + ext;
        }
        return name;
    }

    /** {@code attachment; filename="..."; filename*=UTF-8''...} for a stored (safe) name. */
    public static String attachment(String name) {
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    /**
     * For clients without filename*: the name with other characters than ASCII letters and digits
     * as "_", the extension kept; "download" and the extension for a name mostly not in ASCII
     * (申請書.docx), which would be only underscores.
     */
    static String asciiFallback(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot).replaceAll("[^A-Za-z0-9.]", "") : "";
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9._-]", "_");
        long plain = base.chars().filter(c -> c < 128 && Character.isLetterOrDigit(c)).count();
        return (plain * 2 >= base.length() && plain > 0 ? base : "download") + ext;
    }

    /** Percent-encodes every byte of the UTF-8 name that is not an attr-char of RFC 5987. */
    static String rfc5987(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
