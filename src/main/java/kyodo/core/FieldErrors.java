package kyodo.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validation messages of a form, by field, as message keys with at most one argument so a
 * template can show each next to its field: {@code th:text="#{${e.key}(${e.arg})}"}.
 * The field {@link #FORM} holds messages about the form as a whole.
 */
public final class FieldErrors {

    public static final String FORM = "_form";

    public record Message(String key, Object arg) {
    }

    private final Map<String, List<Message>> byField = new LinkedHashMap<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    public static FieldErrors of(String field, String key) {
        return new FieldErrors().add(field, key);
    }

    public FieldErrors add(String field, String key) {
        return add(field, key, null);
    }

    public FieldErrors add(String field, String key, Object arg) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(new Message(key, arg));
        return this;
    }

    public FieldErrors addAll(FieldErrors other) {
        other.byField.forEach((field, messages) -> messages.forEach(m -> add(field, m.key(), m.arg())));
        return this;
    }

    public boolean hasErrors() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<Message> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public Message first(String field) {
        List<Message> messages = of(field);
        return messages.isEmpty() ? null : messages.get(0);
    }

    /** Every message, field by field, for the summary at the top of a form. */
    public Map<String, List<Message>> all() {
        return byField;
    }

    public int count() {
        return byField.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public String toString() {
        return byField.toString();
    }
}
