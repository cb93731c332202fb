package kyodo.voices.internal;

import kyodo.core.FiscalYear;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Receipts of what citizens send: a number to quote (受付番号, e.g. {@code PC2026-00012}), an unguessable token for
 * the link that shows the receipt, and a fingerprint of who sent what, so that the same form sent several times
 * (a double click, four tabs at once) is kept once.
 */
public final class Receipts {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private Receipts() {
    }

    /** 32 hexadecimal characters (128 random bits). */
    public static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A code to print on a letter (10 characters without look-alikes such as 0/O, 1/I). */
    public static String code() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            out.append(CODE[RANDOM.nextInt(CODE.length)]);
        }
        return out.toString();
    }

    /** {@code PC} + the fiscal year of receipt + the id: PC2026-00012. */
    public static String number(String prefix, LocalDateTime receivedAt, long id) {
        return prefix + FiscalYear.of(receivedAt.toLocalDate()).startYear() + "-" + String.format(Locale.ROOT, "%05d", id);
    }

    /** SHA-256 of the parts as typed, ignoring width, case and spacing (NFKC, spaces collapsed). */
    public static String fingerprint(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            String s = part == null ? "" : Normalizer.normalize(part.toString(), Normalizer.Form.NFKC);
            text.append(s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)).append('\u0000');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A receipt number typed back (PC2026-00012) as its parts, or null. */
    public static Long idOf(String prefix, String number) {
        if (number == null || !number.strip().toUpperCase(Locale.ROOT).matches(prefix + "\\d{4}-\\d{1,9}")) {
            return null;
        }
        return Long.parseLong(number.strip().substring(number.strip().indexOf('-') + 1));
    }
}
