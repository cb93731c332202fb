package kyodo.subsidies.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A group's subsidy application (交付申請) through award, report and confirmation. */
public record Application(long id, long programId, long windowId, long categoryId, long groupId, long applicantId,
                          Status status, String title, String purpose, String content, String schedule, String place,
                          String expectedEffect, LocalDate projectStart, LocalDate projectEnd, long requestedAmount,
                          String screeningMessage, LocalDateTime submittedAt, Integer slotOrder, LocalTime slotTime,
                          Long awardedAmount, String decisionReason, LocalDateTime decidedAt, String awardNumber,
                          LocalDateTime withdrawnAt, String withdrawReason, Long releasedAmount, String reportText,
                          LocalDateTime reportedAt, Long paidAmount, Long confirmedAmount, Long refundAmount,
                          LocalDateTime confirmedAt) {

    /** 実績報告の期限: the project end plus the program's number of days. */
    public LocalDate reportDue(int days) {
        return projectEnd == null ? null : projectEnd.plusDays(days);
    }
}
