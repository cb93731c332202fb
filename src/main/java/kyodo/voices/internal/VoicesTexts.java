package kyodo.voices.internal;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;

import java.util.Locale;

/** The module's words from its bundle, in Japanese for the files and records the city works with (CSV columns). */
@Singleton
public class VoicesTexts {

    private final MessageSource messages;

    VoicesTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, locale, args).orElseThrow(() -> new IllegalStateException("No text " + key));
    }

    public String ja(String key, Object... args) {
        return text(key, Locale.JAPANESE, args);
    }
}
