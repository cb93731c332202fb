package kyodo.directory.volunteers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.Availability;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A registered volunteer (人材). Name, e-mail, phone and postal address are personal data: shown by
 * role, logged.
 */
@MappedEntity("dir_volunteer")
public record Volunteer(@Id @GeneratedValue @Nullable Long id,
                        @Nullable Long accountId,
                        String name,
                        String nameKana,
                        @Nullable String email,
                        @Nullable String phone,
                        @Nullable String postalCode,
                        @Nullable String address,
                        ContactMethod contactMethod,
                        @Nullable String skills,
                        @Nullable String qualifications,
                        int fieldMask,
                        int availability,
                        @Nullable String area,
                        @Nullable String schoolDistrict,
                        boolean consentShare,
                        boolean active,
                        LocalDateTime createdAt,
                        LocalDateTime updatedAt,
                        @Nullable LocalDateTime deletedAt) {

    public enum ContactMethod { EMAIL, PHONE, POST }

    public List<ActivityField> fields() {
        return ActivityField.fromMask(fieldMask);
    }

    public boolean available(String code) {
        return Availability.has(availability, code);
    }

    public VolunteerInput toInput() {
        return new VolunteerInput(name, nameKana, email, phone, postalCode, address, contactMethod.name(), skills, qualifications,
                fields().stream().map(Enum::name).toList(), Availability.codes(availability), area, schoolDistrict,
                consentShare ? "on" : null);
    }
}
