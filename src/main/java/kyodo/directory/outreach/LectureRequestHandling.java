package kyodo.directory.outreach;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.directory.groups.GroupMemberRepository;
import kyodo.directory.internal.DirectoryMails;
import kyodo.directory.internal.Text;
import kyodo.directory.outreach.LectureRequest.Status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The coordinator moves a request 受付 → 調整中 → 成立 / 不成立 / 取下げ and keeps notes; each
 * change is mailed to the requester (on 成立 to the group's representatives too).
 */
@Singleton
public class LectureRequestHandling {

    private final LectureRequestRepository requests;
    private final LectureRequests reads;
    private final GroupMemberRepository members;
    private final AuditLog audit;
    private final DirectoryMails mails;
    private final CityClock clock;

    LectureRequestHandling(LectureRequestRepository requests, LectureRequests reads, GroupMemberRepository members,
                           AuditLog audit, DirectoryMails mails, CityClock clock) {
        this.requests = requests;
        this.reads = reads;
        this.members = members;
        this.audit = audit;
        this.mails = mails;
        this.clock = clock;
    }

    /** The statuses a coordinator can move an open request to. */
    public static List<Status> nextStatuses(Status current) {
        return switch (current) {
            case RECEIVED -> List.of(Status.ARRANGING, Status.CONFIRMED, Status.FAILED, Status.WITHDRAWN);
            case ARRANGING -> List.of(Status.CONFIRMED, Status.FAILED, Status.WITHDRAWN);
            default -> List.of();
        };
    }

    /** 成立 needs the fixed date. The requester is told of every change; on 成立 the group's representatives too. */
    @Transactional
    public void changeStatus(long actorId, long id, String newStatus, String fixedDate, String fixedTime, String note) {
        Status current = requests.statusForUpdate(id).map(Status::valueOf)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        FieldErrors errors = new FieldErrors();
        Status target = Arrays.stream(Status.values()).filter(s -> s.name().equals(newStatus)).findFirst().orElse(null);
        if (target == null) {
            errors.add("reqStatus", "dir.error.choose");
        } else if (!nextStatuses(current).contains(target)) {
            errors.add("reqStatus", "dir.error.lecReq.transition");
        }
        String cleanNote = Text.clean(note);
        if (cleanNote != null && cleanNote.length() > 1000) {
            errors.add("reqNote", "core.error.tooLong", 1000);
        }
        String time = Text.clean(fixedTime);
        if (time != null && time.length() > 50) {
            errors.add("fixedTime", "core.error.tooLong", 50);
        }
        LocalDate fixed = null;
        if (target == Status.CONFIRMED) {
            String d = Text.clean(Text.digits(fixedDate));
            fixed = LectureRequests.parseDate(d);
            if (d == null) {
                errors.add("fixedDate", "dir.error.lecReq.fixedDate");
            } else if (fixed == null) {
                errors.add("fixedDate", "core.error.date");
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        requests.changeStatus(id, target.name(), fixed, target == Status.CONFIRMED ? time : null, clock.now());
        reads.log(id, target, cleanNote, actorId);
        audit.record(actorId, "dir.audit.lectureRequest." + target.name().toLowerCase(java.util.Locale.ROOT),
                LectureRequests.TARGET, String.valueOf(id), cleanNote);
        LectureRequest r = reads.find(id).orElseThrow();
        mails.lectureRequestStatus(r);
        if (target == Status.CONFIRMED) {
            members.representativesOf(List.of(r.groupId())).forEach(rep -> mails.lectureConfirmedForGroup(rep.accountId(), r));
        }
    }

    /** A coordinator's note, kept with the request (not sent to anyone). */
    @Transactional
    public void addNote(long actorId, long id, String note) {
        String clean = Text.clean(note);
        if (clean == null) {
            throw new FormInvalidException("reqNoteOnly", "core.error.required");
        }
        if (clean.length() > 1000) {
            throw new FormInvalidException(FieldErrors.none().add("reqNoteOnly", "core.error.tooLong", 1000));
        }
        Status current = reads.find(id).map(LectureRequest::status)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        reads.log(id, current, clean, actorId);
    }
}
