package kyodo.directory.outreach;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of {@code dir_lecture_request} as it is written; pages read a {@link LectureRequest}. */
@MappedEntity("dir_lecture_request")
public record LectureRequestRow(@Id @GeneratedValue @Nullable Long id,
                                long lectureId,
                                long groupId,
                                long accountId,
                                String organisation,
                                String contactName,
                                @Nullable String phone,
                                @Nullable String email,
                                LocalDate date1,
                                @Nullable String time1,
                                @Nullable LocalDate date2,
                                @Nullable String time2,
                                String place,
                                int participants,
                                @Nullable String message,
                                LectureRequest.Status status,
                                @Nullable LocalDate fixedDate,
                                @Nullable String fixedTime,
                                LocalDateTime createdAt,
                                LocalDateTime updatedAt) {
}
