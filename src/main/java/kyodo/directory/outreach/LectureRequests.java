package kyodo.directory.outreach;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Role;
import kyodo.core.Viewer;
import kyodo.directory.internal.DirectoryMails;
import kyodo.directory.internal.DirectoryPermissions;
import kyodo.directory.outreach.LectureRequest.Status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Requests for outreach lectures as the requester and the group see them: a signed-in resident
 * or school sends one and may withdraw it while it is open. The requester's contact details are
 * personal: every view by someone else is written to the audit log.
 */
@Singleton
public class LectureRequests {

    static final String TARGET = "dir.audit.target.lectureRequest";

    /** A request as the group's representative sees it: contact details only once 成立. */
    public record RepresentativeView(LectureRequest request, boolean contactVisible) {
    }

    private final LectureRequestRepository requests;
    private final LectureRequestLogRepository log;
    private final LectureService lectures;
    private final FormValidator validator;
    private final AccountsApi accounts;
    private final AuditLog audit;
    private final DirectoryMails mails;
    private final DirectoryPermissions permissions;
    private final CityClock clock;

    LectureRequests(LectureRequestRepository requests, LectureRequestLogRepository log, LectureService lectures,
                    FormValidator validator, AccountsApi accounts, AuditLog audit, DirectoryMails mails,
                    DirectoryPermissions permissions, CityClock clock) {
        this.requests = requests;
        this.log = log;
        this.lectures = lectures;
        this.validator = validator;
        this.accounts = accounts;
        this.audit = audit;
        this.mails = mails;
        this.permissions = permissions;
        this.clock = clock;
    }

    public FieldErrors check(LectureRequestInput input) {
        FieldErrors errors = validator.validate(input);
        if (input.reqPhone() == null && input.reqEmail() == null) {
            errors.add("reqPhone", "dir.error.lecReq.contactNeeded");
            errors.add("reqEmail", "dir.error.lecReq.contactNeeded");
        }
        future(errors, "reqDate1", input.reqDate1());
        future(errors, "reqDate2", input.reqDate2());
        if (input.reqParticipants() != null && !errors.has("reqParticipants")
                && Integer.parseInt(input.reqParticipants()) < 1) {
            errors.add("reqParticipants", "core.error.min", 1);
        }
        return errors;
    }

    /** A preferred date must be a real date after today (the group needs time to prepare). */
    private void future(FieldErrors errors, String field, String value) {
        if (value == null || errors.has(field)) {
            return;
        }
        LocalDate date = parseDate(value);
        if (date == null) {
            errors.add(field, "core.error.date");
        } else if (!date.isAfter(clock.today())) {
            errors.add(field, "dir.error.lecReq.future");
        }
    }

    static LocalDate parseDate(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Transactional
    public long create(long accountId, long lectureId, LectureRequestInput input) {
        Lecture lecture = lectures.findPublic(lectureId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        FieldErrors errors = check(input);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        LocalDateTime now = clock.now();
        long id = requests.save(new LectureRequestRow(null, lecture.id(), lecture.groupId(), accountId,
                input.reqOrganisation(), input.reqContactName(), input.reqPhone(), input.reqEmail(),
                LocalDate.parse(input.reqDate1()), input.reqTime1(), parseDate(input.reqDate2()), input.reqTime2(),
                input.reqPlace(), Integer.parseInt(input.reqParticipants()), input.reqMessage(), Status.RECEIVED, null,
                null, now, now)).id();
        log(id, Status.RECEIVED, null, accountId);
        mails.lectureRequested(find(id).orElseThrow(), coordinators());
        return id;
    }

    List<Long> coordinators() {
        return accounts.withRole(Role.COORDINATOR).stream().map(AccountSummary::id).toList();
    }

    void log(long requestId, Status status, String note, long actorId) {
        log.save(new LectureRequestLog(null, requestId, status, note, actorId, clock.now()));
    }

    @Transactional
    public Optional<LectureRequest> find(long id) {
        return requests.request(id);
    }

    /** The requester's own request (no audit: it is their own data). */
    @Transactional
    public Optional<LectureRequest> findOwn(long accountId, long id) {
        return find(id).filter(r -> r.accountId() == accountId);
    }

    @Transactional
    public List<LectureRequest> ofAccount(long accountId) {
        return requests.ofAccount(accountId);
    }

    @Transactional
    public List<LectureRequest> ofGroup(long groupId) {
        return requests.ofGroup(groupId);
    }

    /** The coordinator's list, oldest open request first; null status = all. */
    @Transactional
    public List<LectureRequest> list(Status status) {
        return requests.list(status == null ? "" : status.name());
    }

    /** A coordinator or staff member opens a request with its contact details: logged. */
    @Transactional
    public Optional<LectureRequest> viewWithContact(long viewerId, long id) {
        Optional<LectureRequest> request = find(id);
        request.filter(r -> r.accountId() != viewerId).ifPresent(r -> audit.record(viewerId, AuditLog.PERSONAL_DATA_VIEWED,
                TARGET, String.valueOf(id), "requester contact details"));
        return request;
    }

    /**
     * A request for one of the group's lectures as its representative sees it. Empty when the
     * visitor may not see it. Contact details only once 成立, and then each view is logged.
     */
    @Transactional
    public Optional<RepresentativeView> viewForGroup(Viewer viewer, long groupId, long id) {
        if (!lectures.canManage(viewer, groupId)) {
            return Optional.empty();
        }
        return find(id).filter(r -> r.groupId() == groupId).map(r -> {
            boolean visible = permissions.representativeSeesRequesterContact(r.status() == Status.CONFIRMED);
            if (visible && r.accountId() != viewer.accountId()) {
                audit.record(viewer.accountId(), AuditLog.PERSONAL_DATA_VIEWED, TARGET, String.valueOf(id),
                        "requester contact details (group representative)");
            }
            return new RepresentativeView(r, visible);
        });
    }

    @Transactional
    public List<LectureRequestLog> history(long id) {
        return requests.history(id);
    }

    /** The requester withdraws an open request (取下げ). */
    @Transactional
    public void withdraw(long accountId, long id) {
        if (requests.withdraw(id, accountId, clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.lecReq.notOpen");
        }
        log(id, Status.WITHDRAWN, null, accountId);
        mails.lectureRequestWithdrawn(find(id).orElseThrow(), coordinators());
    }
}
