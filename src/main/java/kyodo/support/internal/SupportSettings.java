package kyodo.support.internal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.env.Environment;

/**
 * Settings of the support module: {@code kyodo.support.mayor-name} (or the environment variable
 * KYODO_MAYOR_NAME), the name signed under every appreciation letter, and the Japanese font the PDF
 * certificates embed ({@code kyodo.support.certificate-font}, Debian's IPA Gothic by default).
 */
@ConfigurationProperties("kyodo.support")
public class SupportSettings {

    public static final String DEFAULT_FONT = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf";

    private final Environment environment;
    private String mayorName = "";
    private String certificateFont = DEFAULT_FONT;

    SupportSettings(Environment environment) {
        this.environment = environment;
    }

    /** The mayor's name; KYODO_MAYOR_NAME when kyodo.support.mayor-name is not set. */
    public String getMayorName() {
        if (mayorName != null && !mayorName.isBlank()) {
            return mayorName.strip();
        }
        return environment.getProperty("kyodo.mayor-name", String.class).map(String::strip).orElse("");
    }

    public void setMayorName(String mayorName) {
        this.mayorName = mayorName;
    }

    public String getCertificateFont() {
        return certificateFont;
    }

    public void setCertificateFont(String certificateFont) {
        this.certificateFont = certificateFont == null || certificateFont.isBlank() ? DEFAULT_FONT : certificateFont.strip();
    }
}
