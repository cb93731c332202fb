package kyodo.directory.volunteers;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A volunteer registration as checked and stored: the person's own form with the name and e-mail of
 * their account ({@link VolunteerForm}), or a row of the spreadsheet import.
 */
@Introspected
public record VolunteerInput(
        @NotBlank @Size(max = 100) @Nullable String volunteerName,
        @NotBlank @Size(max = 100) @Pattern(regexp = kyodo.core.Kana.PATTERN, message = "{core.error.kana}") @Nullable String nameKana,
        @Email @Size(max = 254) @Nullable String email,
        @Pattern(regexp = "[0-9+\\-() ]{10,20}", message = "{dir.error.phone}") @Nullable String phone,
        @Pattern(regexp = PostalCode.PATTERN, message = "{dir.error.postalCode}") @Nullable String postalCode,
        @Size(max = 200) @Nullable String address,
        @NotBlank @Nullable String contactMethod,
        @Size(max = 1000) @Nullable String skills,
        @Size(max = 1000) @Nullable String qualifications,
        @Nullable List<String> activityFields,
        @Nullable List<String> availability,
        @Size(max = 100) @Nullable String area,
        @Size(max = 100) @Nullable String schoolDistrict,
        @Nullable String consent) {

    public boolean consented() {
        return consent != null;
    }

    public boolean hasField(String code) {
        return activityFields != null && activityFields.contains(code);
    }

    public boolean available(String code) {
        return availability != null && availability.contains(code);
    }
}
