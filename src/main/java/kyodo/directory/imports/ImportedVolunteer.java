package kyodo.directory.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import kyodo.directory.volunteers.Volunteer;

import java.time.LocalDateTime;

/**
 * A volunteer row as the CSV import writes it. The id is left to the column's AUTO_INCREMENT
 * (a null id makes the database assign one) and is not declared generated: Micronaut Data batches
 * {@code saveAll} on MySQL only for entities whose generated keys it need not read back, and the
 * batch (rewritten by Connector/J into multi-row INSERTs) is what keeps a 100,000-row import fast.
 */
@MappedEntity("dir_volunteer")
public record ImportedVolunteer(@Id @Nullable Long id,
                                String name,
                                String nameKana,
                                @Nullable String email,
                                @Nullable String phone,
                                Volunteer.ContactMethod contactMethod,
                                @Nullable String skills,
                                @Nullable String qualifications,
                                int fieldMask,
                                int availability,
                                @Nullable String area,
                                @Nullable String schoolDistrict,
                                boolean consentShare,
                                boolean active,
                                LocalDateTime createdAt,
                                LocalDateTime updatedAt) {
}
