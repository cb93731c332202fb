package kyodo.core;

import io.micronaut.core.annotation.Nullable;

/**
 * One option of a select field ({@code layout/form :: selectField}): its value and either a message
 * key ({@code labelKey}) or, for data such as a group's name, the label itself.
 */
public record Choice(String value, @Nullable String labelKey, @Nullable String label) {

    public static Choice keyed(String value, String labelKey) {
        return new Choice(value, labelKey, null);
    }

    public static Choice named(String value, String label) {
        return new Choice(value, null, label);
    }
}
