package kyodo.directory.internal;

import java.time.LocalDateTime;
import java.util.List;

/** A registered volunteer (人材). Name, e-mail and phone are personal data: shown by role, logged. */
public record Volunteer(long id, Long accountId, String name, String nameKana, String email, String phone,
                        ContactMethod contactMethod, String skills, String qualifications, int fieldMask,
                        int availability, String area, String schoolDistrict, boolean consentShare, boolean active,
                        LocalDateTime createdAt, LocalDateTime updatedAt) {

    public enum ContactMethod { EMAIL, PHONE, POST }

    public List<ActivityField> fields() {
        return ActivityField.fromMask(fieldMask);
    }

    public boolean available(String code) {
        return Availability.has(availability, code);
    }

    public VolunteerInput toInput() {
        return new VolunteerInput(name, nameKana, email, phone, contactMethod.name(), skills, qualifications,
                fields().stream().map(Enum::name).toList(), Availability.codes(availability), area, schoolDistrict,
                consentShare ? "on" : null);
    }
}
