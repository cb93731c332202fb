package kyodo.points.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.MailTexts;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The link on a volunteer's booklet that a host opens to record today's activity without typing the
 * volunteer's name: {@code /points/confirm/<volunteer>.<last day>.<signature>}, signed with the
 * server's secret and valid to the end of the fiscal year (as the paper booklet was), shown as a QR code.
 */
@Singleton
public class BookletLinks {

    /** A link that was read: whose booklet, or why it is refused. */
    public record Reading(Long volunteerId, String problemKey) {
        public boolean valid() {
            return volunteerId != null;
        }
    }

    private final byte[] secret;
    private final CityClock clock;
    private final MailTexts texts;

    BookletLinks(@Value("${kyodo.points.link-secret:${micronaut.security.token.jwt.signatures.secret.generator.secret}}") String secret,
                 CityClock clock, MailTexts texts) {
        this.secret = ("booklet-links:" + secret).getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.texts = texts;
    }

    public String token(long volunteerId) {
        LocalDate last = clock.fiscalYear().lastDay();
        String body = volunteerId + "." + last.toEpochDay();
        return body + "." + sign(body);
    }

    public String url(long volunteerId) {
        return texts.link("/points/confirm/" + token(volunteerId));
    }

    public Reading read(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,7}")) {
            return new Reading(null, "pts.error.linkInvalid");
        }
        byte[] expected = sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return new Reading(null, "pts.error.linkInvalid");
        }
        if (LocalDate.ofEpochDay(Long.parseLong(parts[1])).isBefore(clock.today())) {
            return new Reading(null, "pts.error.linkExpired");
        }
        return new Reading(Long.parseLong(parts[0]), null);
    }

    /** The QR code of a link as an SVG image (dark modules as squares), scaled by the page. */
    public String qrSvg(String url) {
        try {
            BitMatrix m = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                    + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-hidden=\"true\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                    + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] sig = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig).substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<Long> volunteerOf(String token) {
        return Optional.ofNullable(read(token).volunteerId());
    }
}
