package kyodo.core;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every module's mail class needs: the text from the module's bundle in Japanese (residents
 * read their mail in Japanese; keys like {@code evt.mail.confirmed.subject} with {@code {0}}
 * arguments), links made absolute from {@code KYODO_BASE_URL}, and the center's signature from the
 * settings. A mail class builds its messages with it and hands them to the {@link Notifier}.
 */
@Singleton
public class MailTexts {

    private final MessageSource messages;
    private final KyodoSettings settings;

    public MailTexts(MessageSource messages, KyodoSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, Locale.JAPANESE, args)
                .orElseThrow(() -> new IllegalStateException("No mail text " + key));
    }

    /** {@code /events/3} → {@code https://portal.example/events/3}. */
    public String link(String path) {
        return settings.getBaseUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The body with the center's signature under it. */
    public String signed(String body) {
        String signature = Stream.of(settings.getCenterName(), settings.getCenterAddress(), settings.getCenterPhone(),
                        settings.getCenterEmail())
                .filter(line -> line != null && !line.isBlank()).collect(Collectors.joining("\n"));
        return body.stripTrailing() + "\n\n――――――――――\n" + signature + "\n";
    }
}
