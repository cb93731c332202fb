package kyodo.directory.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.LocalDateTime;

/** The status row of a background import ({@code dir_import_job}). */
@MappedEntity("dir_import_job")
public record ImportJob(@Id @GeneratedValue @Nullable Long id,
                        String kind,
                        @Nullable String fileName,
                        ImportJobs.State state,
                        @MappedProperty("rows_total") @Nullable Integer total,
                        @MappedProperty("rows_read") int read,
                        @MappedProperty("rows_validated") int validated,
                        @MappedProperty("rows_written") int written,
                        int errorCount,
                        long createdBy,
                        LocalDateTime createdAt,
                        LocalDateTime updatedAt,
                        @Nullable LocalDateTime finishedAt) {

    public boolean finished() {
        return state == ImportJobs.State.DONE || state == ImportJobs.State.FAILED;
    }

    /** The stage shown in words: reading, checking or writing. */
    public String stage() {
        if (state == ImportJobs.State.QUEUED || total == null) {
            return "queued";
        }
        return written > 0 ? "writing" : validated >= total ? "writing" : "validating";
    }

    /** Progress over the two long stages (checking, then writing), 0–100. */
    public int percent() {
        if (total == null || total == 0) {
            return state == ImportJobs.State.DONE ? 100 : 0;
        }
        return (int) Math.min(100, (validated + (long) written) * 100 / (2L * total));
    }
}
