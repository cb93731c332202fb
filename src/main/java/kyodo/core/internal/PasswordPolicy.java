package kyodo.core.internal;

import kyodo.core.FieldErrors;

import java.util.Locale;
import java.util.Set;

/** What makes a password too weak: short, one kind of character, common, or the e-mail itself. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 72; // bcrypt reads no further

    private static final Set<String> COMMON = Set.of(
            "password", "password1", "passw0rd", "12345678", "123456789", "1234567890", "qwertyuiop",
            "qwerty123", "iloveyou", "abc12345", "abcd1234", "11111111", "00000000", "password123",
            "kyodo123", "letmein1", "welcome1", "sakura123", "aaaaaaaa");

    private PasswordPolicy() {
    }

    /** Adds messages for {@code field} to {@code errors} when the password is not acceptable. */
    static void check(String password, String email, String field, FieldErrors errors) {
        if (password == null || password.isEmpty()) {
            errors.add(field, "core.error.required");
            return;
        }
        if (password.length() < MIN_LENGTH) {
            errors.add(field, "core.error.password.short", MIN_LENGTH);
            return;
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            errors.add(field, "core.error.tooLong", MAX_LENGTH);
            return;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
        boolean letters = password.chars().anyMatch(Character::isLetter);
        boolean digits = password.chars().anyMatch(Character::isDigit);
        boolean others = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        int kinds = (letters ? 1 : 0) + (digits ? 1 : 0) + (others ? 1 : 0);
        if (COMMON.contains(lower) || (localPart.length() >= 4 && lower.contains(localPart)) || kinds < 2) {
            errors.add(field, "core.error.password.weak");
        }
    }
}
