package kyodo.subsidies.internal;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * Words of the module's bundle in Japanese for what is kept or handed over as written, whatever
 * the reader's language: a new program's usual fund source, the standard rubric, award numbers,
 * the ledger's CSV. Numbers are passed already formatted (the bundle does not format them).
 */
@Singleton
class JapaneseTexts {

    private final MessageSource messages;

    JapaneseTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, Locale.JAPANESE, args)
                .orElseThrow(() -> new IllegalStateException("No text " + key));
    }
}
