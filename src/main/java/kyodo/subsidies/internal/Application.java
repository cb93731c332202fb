package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A group's subsidy application (交付申請) through award, report and confirmation. Its status
 * changes only by the conditional updates of {@link ApplicationRepository}.
 */
@MappedEntity("sub_application")
public record Application(@Id @GeneratedValue @Nullable Long id,
                          long programId,
                          long windowId,
                          long categoryId,
                          long groupId,
                          long applicantId,
                          Status status,
                          String title,
                          String purpose,
                          String content,
                          String schedule,
                          String place,
                          String expectedEffect,
                          @Nullable LocalDate projectStart,
                          @Nullable LocalDate projectEnd,
                          long requestedAmount,
                          @Nullable String screeningMessage,
                          @Nullable LocalDateTime submittedAt,
                          @Nullable Integer slotOrder,
                          @Nullable LocalTime slotTime,
                          @Nullable Long awardedAmount,
                          @Nullable String decisionReason,
                          @Nullable LocalDateTime decidedAt,
                          @Nullable String awardNumber,
                          @Nullable LocalDateTime withdrawnAt,
                          @Nullable String withdrawReason,
                          @Nullable Long releasedAmount,
                          @Nullable String reportText,
                          @Nullable LocalDateTime reportedAt,
                          @Nullable LocalDateTime remindedAt,
                          @Nullable Long paidAmount,
                          @Nullable Long confirmedAmount,
                          @Nullable Long refundAmount,
                          @Nullable LocalDateTime confirmedAt,
                          LocalDateTime createdAt,
                          LocalDateTime updatedAt) {

    /** A new draft. */
    static Application draft(long programId, long windowId, long categoryId, long groupId, long applicantId,
                             PlanText plan, long requestedAmount, LocalDateTime now) {
        return new Application(null, programId, windowId, categoryId, groupId, applicantId, Status.DRAFT, plan.title(),
                plan.purpose(), plan.content(), plan.schedule(), plan.place(), plan.expectedEffect(), plan.start(),
                plan.end(), requestedAmount, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, now, now);
    }

    /** The written part of the plan (事業計画書), as checked. */
    record PlanText(String title, String purpose, String content, String schedule, String place,
                    String expectedEffect, @Nullable LocalDate start, @Nullable LocalDate end) {
    }

    /** 実績報告の期限: the project end plus the program's number of days. */
    public LocalDate reportDue(int days) {
        return projectEnd == null ? null : projectEnd.plusDays(days);
    }
}
