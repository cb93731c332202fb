package kyodo.support.insurance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FiscalYear;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Viewer;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;
import kyodo.events.EventsApi;
import kyodo.support.insurance.ClaimFileRepository.Description;
import kyodo.support.insurance.ClaimForms.ClaimForm;
import kyodo.support.insurance.ClaimForms.NoteForm;
import kyodo.support.internal.SupportMails;
import kyodo.support.internal.SupportPermissions;
import kyodo.support.internal.Uploads;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 市民活動総合補償制度: accident reports by a group's representative or a coordinator, their documents
 * (checked by content), and staff's workflow 受付 → 保険会社へ連絡 → 完了 with notes. Staff's every view
 * of a claim (with its health details) is in the audit log.
 */
@Singleton
public class Claims {

    static final String TARGET = "sup.audit.target.claim";
    static final int MAX_FILES = 10;

    /** A claim as a page shows it; {@code claim} without health details unless the viewer is staff. */
    public record View(Claim claim, @Nullable GroupSummary group, @Nullable String eventTitle, List<Description> files,
                       List<ClaimNote> notes, boolean healthShown) {
    }

    private final ClaimRepository claims;
    private final ClaimFileRepository files;
    private final ClaimNoteRepository notes;
    private final SupportPermissions permissions;
    private final DirectoryApi directory;
    private final EventsApi events;
    private final FormValidator validator;
    private final AuditLog audit;
    private final SupportMails mails;
    private final CityClock clock;

    Claims(ClaimRepository claims, ClaimFileRepository files, ClaimNoteRepository notes, SupportPermissions permissions,
           DirectoryApi directory, EventsApi events, FormValidator validator, AuditLog audit, SupportMails mails, CityClock clock) {
        this.claims = claims;
        this.files = files;
        this.notes = notes;
        this.permissions = permissions;
        this.directory = directory;
        this.events = events;
        this.validator = validator;
        this.audit = audit;
        this.mails = mails;
        this.clock = clock;
    }

    /** Whether this person may report an accident: a coordinator, or a representative of an approved group. */
    @Transactional
    public boolean mayReport(Viewer viewer) {
        return permissions.isCoordinator(viewer) || !directory.groupsRepresentedBy(viewer.accountId()).isEmpty();
    }

    /** The groups the reporter may name: their own, or (for a coordinator) any approved group. */
    @Transactional
    public List<GroupSummary> groupsFor(Viewer viewer) {
        return permissions.isCoordinator(viewer) ? directory.approvedGroups("", 500) : directory.groupsRepresentedBy(viewer.accountId());
    }

    @Transactional
    public long report(Viewer viewer, ClaimForm form) {
        if (!mayReport(viewer)) {
            throw new FormInvalidException(FieldErrors.FORM, "sup.error.notReporter");
        }
        FieldErrors errors = validator.validate(form);
        Long groupId = null;
        if (!errors.has("groupId") && form.groupId() != null) {
            groupId = Long.parseLong(form.groupId());
            long id = groupId;
            boolean allowed = permissions.isCoordinator(viewer)
                    ? directory.findGroup(id).filter(GroupSummary::approved).isPresent()
                    : directory.isRepresentative(viewer.accountId(), id);
            if (!allowed) {
                errors.add("groupId", "sup.error.chooseGroup");
            }
        } else if (!errors.has("groupId") && !permissions.isCoordinator(viewer)) {
            errors.add("groupId", "sup.error.chooseGroup");
        }
        Long eventId = null;
        if (!errors.has("eventId") && form.eventId() != null) {
            eventId = Long.parseLong(form.eventId());
            if (events.find(eventId).isEmpty()) {
                errors.add("eventId", "sup.error.eventNumber");
            }
        }
        LocalDate day = null;
        if (!errors.has("accidentOn")) {
            try {
                day = LocalDate.parse(form.accidentOn());
                if (day.isAfter(clock.today())) {
                    errors.add("accidentOn", "sup.error.future");
                }
            } catch (DateTimeParseException e) {
                errors.add("accidentOn", "core.error.date");
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        Optional<Claim> already = claims.findByReporterIdAndFormKey(viewer.accountId(), form.formKey());
        if (already.isPresent()) {
            return already.get().id();
        }
        try {
            Claim saved = claims.save(new Claim(null, viewer.accountId(), form.formKey(), groupId, eventId,
                    form.matchId() == null ? null : Long.valueOf(form.matchId()), day, FiscalYear.of(day).startYear(), form.place(),
                    form.activity(), form.claimKind(), form.partyName(), form.healthDetails(), form.description(),
                    Claim.Status.RECEIVED.name(), clock.now(), clock.now()));
            audit.record(viewer.accountId(), "sup.audit.claimReported", TARGET, saved.id().toString(), null);
            mails.claimReported(saved.id(), saved.place());
            return saved.id();
        } catch (DataAccessException sameFormAtOnce) {
            throw new FormInvalidException(FieldErrors.FORM, "sup.error.claimAlreadySent");
        }
    }

    /** The reporter's own claims (without health details). */
    @Transactional
    public List<Claim> mine(long reporterId) {
        return claims.findByReporter(reporterId).stream().map(Claim::withoutHealthDetails).toList();
    }

    /** A claim for its reporter or staff; staff's view shows the health details and is audited. Empty for anyone else. */
    @Transactional
    public Optional<View> view(Viewer viewer, long claimId) {
        Optional<Claim> found = claims.findById(claimId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Claim c = found.get();
        boolean staff = permissions.mayReadHealthDetails(viewer);
        if (!staff && c.reporterId() != viewer.accountId()) {
            return Optional.empty();
        }
        if (staff) {
            audit.record(viewer.accountId(), AuditLog.PERSONAL_DATA_VIEWED, TARGET, Long.toString(claimId), "healthDetails");
        }
        return Optional.of(new View(staff ? c : c.withoutHealthDetails(),
                c.groupId() == null ? null : directory.findGroup(c.groupId()).orElse(null),
                c.eventId() == null ? null : events.find(c.eventId()).map(e -> e.title()).orElse(null),
                files.findDescriptions(claimId), staff ? notes.findByClaimIdOrderById(claimId) : List.of(), staff));
    }

    @Transactional
    public List<Claim> forStaff() {
        return claims.findForStaff().stream().map(Claim::withoutHealthDetails).toList();
    }

    @Transactional
    public List<ClaimRepository.YearCount> byYear() {
        return claims.byYear();
    }

    @Transactional
    public long countInYear(int fiscalYear) {
        return claims.countInYear(fiscalYear);
    }

    /** Adds a document to a claim (its reporter or staff, until the claim is completed). */
    @Transactional
    public void attach(Viewer viewer, long claimId, @Nullable String kind, @Nullable String fileName, @Nullable byte[] bytes) {
        Claim c = claims.findById(claimId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (c.reporterId() != viewer.accountId() && !permissions.isStaff(viewer)) {
            throw new FormInvalidException(FieldErrors.FORM, "core.error.notFound");
        }
        if (c.statusValue() == Claim.Status.COMPLETED) {
            throw new FormInvalidException("document", "sup.error.claimCompleted");
        }
        if (kind == null || Set.of("RULES", "PLAN", "MEMBERS", "OTHER").stream().noneMatch(kind::equals)) {
            throw new FormInvalidException("documentKind", "sup.error.chooseDocumentKind");
        }
        Uploads.Checked checked = Uploads.check("document", fileName, bytes, Uploads.DOCUMENTS);
        if (files.countByClaimId(claimId) >= MAX_FILES) {
            throw new FormInvalidException(new FieldErrors().add("document", "sup.error.tooManyFiles", MAX_FILES));
        }
        ClaimFile saved = files.save(new ClaimFile(null, claimId, kind, checked.fileName(), checked.contentType(),
                checked.content().length, checked.content(), viewer.accountId(), clock.now()));
        audit.record(viewer.accountId(), "sup.audit.claimDocumentAdded", TARGET, Long.toString(claimId), saved.id().toString());
    }

    /** A document of a claim, for its reporter or staff (staff's reads are audited). */
    @Transactional
    public Optional<ClaimFile> document(Viewer viewer, long claimId, long fileId) {
        Optional<Claim> c = claims.findById(claimId);
        if (c.isEmpty() || (c.get().reporterId() != viewer.accountId() && !permissions.isStaff(viewer))) {
            return Optional.empty();
        }
        Optional<ClaimFile> f = files.findById(fileId).filter(x -> x.claimId() == claimId);
        if (f.isPresent() && c.get().reporterId() != viewer.accountId()) {
            audit.record(viewer.accountId(), AuditLog.PERSONAL_DATA_VIEWED, TARGET, Long.toString(claimId), "document:" + fileId);
        }
        return f;
    }

    /** Staff move the claim one step on and/or leave a note; a step already taken (by someone else) is refused. */
    @Transactional
    public void note(long claimId, NoteForm form, long staffId) {
        FieldErrors errors = validator.validate(form);
        if (form.status() == null && form.note() == null && !errors.hasErrors()) {
            errors.add("note", "sup.error.noteOrStatus");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        Claim c = claims.findById(claimId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        String from = null;
        if (form.status() != null) {
            Claim.Status to = Claim.Status.valueOf(form.status());
            if (c.statusValue() == Claim.Status.COMPLETED || c.statusValue().next() != to
                    || claims.move(claimId, c.status(), to.name(), clock.now()) == 0) {
                throw new FormInvalidException("status", "sup.error.statusStep");
            }
            from = c.status();
            mails.claimMoved(c.reporterId(), claimId, "sup.claim.status." + to.name());
        }
        notes.save(new ClaimNote(null, claimId, staffId, from, form.status(), form.note(), clock.now()));
        audit.record(staffId, form.status() != null ? "sup.audit.claimMoved" : "sup.audit.claimNoted", TARGET, Long.toString(claimId),
                form.status());
    }
}
