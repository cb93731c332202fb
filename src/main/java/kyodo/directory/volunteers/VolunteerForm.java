package kyodo.directory.volunteers;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import kyodo.core.FormText;

import java.util.List;

/**
 * The volunteer registration form as posted: checkboxes {@code activityFields=CHILDCARE} and
 * {@code availability=SAT_AM} (one parameter per ticked box). Name, furigana and e-mail come from
 * the person's account, so the checks run on the {@link VolunteerInput} made from both.
 */
@Introspected
@Serdeable
public record VolunteerForm(@Nullable String phone, @Nullable String postalCode, @Nullable String address,
                            @Nullable String contactMethod, @Nullable String skills,
                            @Nullable String qualifications, @Nullable List<String> activityFields,
                            @Nullable List<String> availability, @Nullable String area,
                            @Nullable String schoolDistrict, @Nullable String consent) {

    public VolunteerForm {
        phone = FormText.ascii(phone);
        postalCode = PostalCode.normalise(postalCode);
        address = FormText.clean(address);
        contactMethod = FormText.clean(contactMethod);
        skills = FormText.clean(skills);
        qualifications = FormText.clean(qualifications);
        activityFields = activityFields == null ? List.of() : activityFields;
        availability = availability == null ? List.of() : availability;
        area = FormText.clean(area);
        schoolDistrict = FormText.clean(schoolDistrict);
        consent = FormText.clean(consent);
    }

    public VolunteerInput toInput(String name, String kana, String email) {
        return new VolunteerInput(name, kana, email, phone, postalCode, address, contactMethod, skills, qualifications, activityFields,
                availability, area, schoolDistrict, consent);
    }

    /** The own-data deletion asks for a ticked box. */
    @Introspected
    @Serdeable
    public record DeleteForm(@Nullable String confirmDelete) {
        public DeleteForm {
            confirmDelete = FormText.clean(confirmDelete);
        }
    }
}
