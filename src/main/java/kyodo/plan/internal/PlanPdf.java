package kyodo.plan.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The printable progress report as PDF (openhtmltopdf), with a Japanese font embedded: IPAゴシック from
 * Debian's fonts-ipafont-gothic by default ({@code kyodo.plan.pdf-font} names another TrueType file).
 * Without the font file the portal still starts and makes PDFs, and says once in the log that their
 * Japanese text will not show.
 */
@Singleton
public class PlanPdf {

    public static final String FONT_FAMILY = "KyodoJapanese";
    private static final Logger LOG = LoggerFactory.getLogger(PlanPdf.class);

    private final TemplateEngine engine;
    private final File font;

    PlanPdf(TemplateEngine engine,
            @Value("${kyodo.plan.pdf-font:/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf}") String fontPath) {
        this.engine = engine;
        File file = new File(fontPath);
        if (file.canRead()) {
            this.font = file;
        } else {
            this.font = null;
            LOG.warn("No Japanese font at {}: PDF reports will be made without one and their Japanese text will not show "
                    + "(install fonts-ipafont-gothic or set kyodo.plan.pdf-font)", fontPath);
        }
    }

    public boolean hasFont() {
        return font != null;
    }

    /** Renders a template (well-formed XHTML) to PDF, in the language given. */
    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        Context context = new Context(locale, variables);
        String html = engine.process(template, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (font != null) {
                builder.useFont(font, FONT_FAMILY);
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
