package kyodo.voices.councils;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import kyodo.voices.internal.Receipts;

import java.time.LocalDateTime;

/** An application for a citizen seat with its essay (personal data: only the council's department and coordinators see it). */
@MappedEntity("voi_application")
public record Application(@Id @GeneratedValue @Nullable Long id, long recruitmentId, String receiptToken, long accountId,
                          String name, String nameKana, String address, String phone, String ageBand, String essay,
                          Status status, LocalDateTime submittedAt, @Nullable Long decidedBy,
                          @Nullable LocalDateTime decidedAt) {

    public enum Status { APPLIED, SELECTED, NOT_SELECTED, APPOINTED }

    /** The age bands an applicant chooses from (also used by the questionnaires' age question). */
    public static final java.util.List<String> AGE_BANDS = java.util.List.of("AGE_18_29", "AGE_30S", "AGE_40S", "AGE_50S",
            "AGE_60S", "AGE_70_PLUS");

    public String receiptNo() {
        return Receipts.number("A", submittedAt, id);
    }

    public String statusKey() {
        return "voi.council.app." + status.name();
    }

    public String ageBandKey() {
        return "voi.ageBand." + ageBand;
    }
}
