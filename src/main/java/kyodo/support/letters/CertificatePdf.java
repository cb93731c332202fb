package kyodo.support.letters;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.micronaut.context.annotation.Context;
import jakarta.inject.Singleton;
import kyodo.support.internal.SupportSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The certificate as a PDF (openhtmltopdf) with the Japanese font embedded. Without the font file the app
 * still starts: it says so once at startup, and PDFs are refused (the printable page works all the same).
 */
@Context
@Singleton
public class CertificatePdf {

    static final String FONT_FAMILY = "IPAGothic";
    private static final Logger LOG = LoggerFactory.getLogger(CertificatePdf.class);

    private final TemplateEngine templates;
    private final File font;

    CertificatePdf(TemplateEngine templates, SupportSettings settings) {
        this.templates = templates;
        this.font = new File(settings.getCertificateFont());
        if (available()) {
            LOG.info("Appreciation letter PDFs embed the Japanese font {}", font);
        } else {
            LOG.warn("Japanese font for appreciation letter PDFs not found at {}: PDF certificates are unavailable "
                    + "(install fonts-ipafont-gothic or set kyodo.support.certificate-font); the printable page still works", font);
        }
    }

    public boolean available() {
        return font.isFile() && font.canRead();
    }

    /** The PDF, or empty when the font is missing. */
    public Optional<byte[]> render(Certificates.Certificate certificate) {
        if (!available()) {
            return Optional.empty();
        }
        String xhtml = templates.process("support/admin/certificate-pdf",
                new org.thymeleaf.context.Context(Locale.JAPANESE, Map.of("c", certificate, "fontFamily", FONT_FAMILY)));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font, FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
