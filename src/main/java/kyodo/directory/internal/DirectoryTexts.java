package kyodo.directory.internal;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The directory's words from its message bundle: labels of fields of activity, audiences and time
 * slots in a reader's language, and in Japanese for the files and e-mails the center works with
 * (a CSV cell 「子育て」 is read back through the same Japanese text).
 */
@Singleton
public class DirectoryTexts {

    private final MessageSource messages;
    private volatile Map<String, ActivityField> fieldsByName;
    private volatile Map<String, String> slotsByLabel;

    DirectoryTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, locale, args).orElseThrow(() -> new IllegalStateException("No text " + key));
    }

    /** In Japanese: the language of the center's files, mails and records. */
    public String ja(String key, Object... args) {
        return text(key, Locale.JAPANESE, args);
    }

    public String activityField(ActivityField field, Locale locale) {
        return text(field.labelKey(), locale);
    }

    /** MON_AM → 月午前 (Mon morning). */
    public String slot(String code, Locale locale) {
        String[] parts = code.split("_");
        return text("dir.slot", locale, text("dir.dayShort." + parts[0], locale), text("dir.period." + parts[1], locale));
    }

    /** Items of a list in a sentence: 「子育て、まちづくり」. */
    public String list(Collection<String> items, Locale locale) {
        return String.join(text("dir.list.separator", locale), items);
    }

    /** A field of activity by its code or its Japanese label (looked up once per CSV cell of a large import). */
    public ActivityField activityFieldNamed(String value) {
        Map<String, ActivityField> byName = fieldsByName;
        if (byName == null) {
            byName = new HashMap<>();
            for (ActivityField f : ActivityField.values()) {
                byName.put(f.name(), f);
                byName.put(ja(f.labelKey()), f);
            }
            fieldsByName = byName;
        }
        return value == null ? null : byName.get(value.strip());
    }

    /** A time slot's code by its Japanese label: 「月曜午前」 and 「月午前」 → MON_AM. */
    public String slotNamed(String value) {
        Map<String, String> byLabel = slotsByLabel;
        if (byLabel == null) {
            byLabel = new HashMap<>();
            for (String code : Availability.codes((1 << 21) - 1)) {
                String[] parts = code.split("_");
                String period = ja("dir.period." + parts[1]);
                byLabel.put(ja("dir.dayShort." + parts[0]) + period, code);
                byLabel.put(ja("dir.day." + parts[0]) + period, code);
            }
            slotsByLabel = byLabel;
        }
        return value == null ? null : byLabel.get(value.strip());
    }

    public List<String> activityFieldsJa(Collection<ActivityField> fields) {
        return fields.stream().map(f -> ja(f.labelKey())).toList();
    }
}
