package kyodo.core.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The account forms, as the browser posts them. */
final class AccountForms {

    private AccountForms() {
    }

    @Introspected
    @Serdeable
    record SignupForm(@Nullable @NotBlank @Email(message = "{core.error.email}") @Size(max = 254) String email,
                      @Nullable @NotBlank @Size(max = 100) String displayName,
                      @Nullable @NotBlank @Size(max = 100) @Pattern(regexp = kyodo.core.Kana.PATTERN, message = "{core.error.kana}") String nameKana,
                      @Nullable @NotBlank String password,
                      @Nullable @NotBlank String passwordConfirm,
                      @Nullable @Size(max = 100) String area,
                      @Nullable @Size(max = 100) String schoolDistrict) {

        static SignupForm empty() {
            return new SignupForm("", "", "", "", "", "", "");
        }

        /** Passwords are never sent back to the browser. */
        SignupForm withoutPasswords() {
            return new SignupForm(email, displayName, nameKana, "", "", area, schoolDistrict);
        }
    }

    @Introspected
    @Serdeable
    record LoginForm(@Nullable @NotBlank @Size(max = 254) String email,
                     @Nullable @NotBlank @Size(max = 200) String password,
                     @Nullable String next) {
    }

    @Introspected
    @Serdeable
    record PasswordChangeForm(@Nullable @NotBlank String currentPassword,
                              @Nullable @NotBlank String newPassword,
                              @Nullable @NotBlank String newPasswordConfirm) {
    }

    @Introspected
    @Serdeable
    record PasswordForgotForm(@Nullable @NotBlank @Email(message = "{core.error.email}") @Size(max = 254) String email) {
    }

    @Introspected
    @Serdeable
    record PasswordResetForm(@Nullable @NotBlank String password, @Nullable @NotBlank String passwordConfirm) {
    }

    /** A new personal access token: its name, scope (read, or read and write) and last valid day. */
    @Introspected
    @Serdeable
    record TokenForm(@Nullable @NotBlank @Size(max = 100) String name,
                     @Nullable @NotBlank @Pattern(regexp = "read|write", message = "{core.error.format}") String scope,
                     @Nullable @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") String expiresOn) {

        TokenForm {
            name = kyodo.core.FormText.clean(name);
            expiresOn = kyodo.core.FormText.ascii(expiresOn);
        }
    }
}
