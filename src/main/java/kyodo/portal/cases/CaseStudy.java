package kyodo.portal.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An activity case study (活動事例): a group's story in Markdown with photos, written by staff, perhaps
 * started from a subsidy project or a match; published only with the group's consent recorded.
 */
@MappedEntity("por_case")
public record CaseStudy(@Id @GeneratedValue @Nullable Long id, String formKey, String title, @Nullable Long groupId, String groupName,
                        String body, String originKind, @Nullable Long originId, @Nullable String consentBy,
                        @Nullable LocalDate consentOn, boolean published, long createdBy, LocalDateTime createdAt,
                        LocalDateTime updatedAt) {

    public enum Origin { NONE, SUBSIDY, MATCH }

    public String originKey() {
        return "por.case.origin." + originKind;
    }

    public boolean consented() {
        return consentBy != null && consentOn != null;
    }
}
