package kyodo.voices.letters;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Viewer;
import kyodo.voices.internal.Departments;
import kyodo.voices.internal.VoicesMails;
import kyodo.voices.internal.VoicesPermissions;
import kyodo.voices.letters.LetterForms.PublishForm;
import kyodo.voices.letters.LetterForms.ReplyForm;
import kyodo.voices.letters.LetterForms.ReturnForm;
import kyodo.voices.letters.LetterForms.RouteForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The staff's work on an opinion: the coordinating staff route it to a department; the department drafts the
 * reply; one of its supervisors (not the drafter) approves it, which sends it by mail where the sender gave an
 * address; the coordinating staff publish it where the sender agreed, without personal details. Each step is a
 * conditional update, so two people acting at once cannot both succeed.
 */
@Singleton
public class LetterWorkflow {

    private final LetterRepositories.Letters letters;
    private final Departments departments;
    private final VoicesPermissions permissions;
    private final FormValidator validator;
    private final VoicesMails mails;
    private final AuditLog audit;
    private final CityClock clock;

    LetterWorkflow(LetterRepositories.Letters letters, Departments departments, VoicesPermissions permissions,
                   FormValidator validator, VoicesMails mails, AuditLog audit, CityClock clock) {
        this.letters = letters;
        this.departments = departments;
        this.permissions = permissions;
        this.validator = validator;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** The letters a viewer handles: all of them for the coordinating staff, their departments' otherwise. */
    @Transactional
    public List<Letter> inbox(Viewer viewer) {
        VoicesPermissions.Membership m = permissions.membership(viewer);
        if (!m.coordinating() && !m.any()) {
            return List.of();
        }
        List<Long> mine = m.departments().isEmpty() ? List.of(-1L) : new ArrayList<>(m.departments());
        return letters.inbox(m.coordinating(), mine, 500);
    }

    /** One letter with the sender's details, for those who handle it; the view is logged. */
    @Transactional
    public Optional<Letter> open(Viewer viewer, long id) {
        Optional<Letter> letter = letters.findById(id).filter(l -> permissions.seesPersonalData(viewer, l.departmentId()));
        letter.ifPresent(l -> audit.record(viewer.accountId(), AuditLog.PERSONAL_DATA_VIEWED, LetterIntake.TARGET,
                Long.toString(id), null));
        return letter;
    }

    @Transactional
    public Optional<Letter> find(long id) {
        return letters.findById(id);
    }

    private Letter lock(long id) {
        return letters.findByIdForUpdate(id).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
    }

    @Transactional
    public void route(Viewer viewer, long id, RouteForm form) {
        if (!permissions.coordinates(viewer)) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.letter.onlyCoordinators");
        }
        Letter l = lock(id);
        FieldErrors errors = validator.validate(form);
        if (!errors.has("departmentId") && departments.find(Long.parseLong(form.departmentId())).isEmpty()) {
            errors.add("departmentId", "voi.error.chooseDepartment");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        long department = Long.parseLong(form.departmentId());
        if (letters.route(id, department, viewer.accountId(), clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.letter.alreadyReplied");
        }
        audit.record(viewer.accountId(), "voi.audit.letterRouted", LetterIntake.TARGET, Long.toString(id), "department " + department);
        mails.letterRouted(departments.staffOf(department, false), l.receiptNo(), l.title(), id, l.dueOn());
    }

    @Transactional
    public void draftReply(Viewer viewer, long id, ReplyForm form) {
        Letter l = lock(id);
        if (l.departmentId() == null || !permissions.seesPersonalData(viewer, l.departmentId())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.notYourDepartment");
        }
        FieldErrors errors = validator.validate(form);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        if (letters.draft(id, form.reply(), viewer.accountId(), clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.letter.notToDraft");
        }
        audit.record(viewer.accountId(), "voi.audit.replyDrafted", LetterIntake.TARGET, Long.toString(id), null);
        // The other supervisors are asked: one's own draft is approved by someone else.
        mails.replyToApprove(departments.staffOf(l.departmentId(), true).stream().filter(a -> a != viewer.accountId()).toList(),
                l.receiptNo(), l.title(), id);
    }

    /** A supervisor of the department approves the draft; the reply goes out by mail when there is an address. */
    @Transactional
    public void approve(Viewer viewer, long id) {
        Letter l = lock(id);
        checkSupervisor(viewer, l);
        if (l.status() != Letter.Status.DRAFTED) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.letter.nothingToApprove");
        }
        if (Objects.equals(l.draftedBy(), viewer.accountId())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.letter.ownDraft");
        }
        String method = !l.replyWanted() ? "NONE" : l.email() != null ? "MAIL" : "POST";
        if (letters.approve(id, viewer.accountId(), clock.now(), clock.today(), method) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.letter.nothingToApprove");
        }
        if ("MAIL".equals(method)) {
            mails.reply(l.email(), l.name(), l.receiptNo(), l.title(), l.reply());
        }
        audit.record(viewer.accountId(), "voi.audit.replyApproved", LetterIntake.TARGET, Long.toString(id), method);
    }

    @Transactional
    public void returnDraft(Viewer viewer, long id, ReturnForm form) {
        Letter l = lock(id);
        checkSupervisor(viewer, l);
        FieldErrors errors = validator.validate(form);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        if (letters.returnDraft(id, form.returnNote()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.letter.nothingToApprove");
        }
        audit.record(viewer.accountId(), "voi.audit.replyReturned", LetterIntake.TARGET, Long.toString(id), form.returnNote());
        if (l.draftedBy() != null) {
            mails.replyReturned(l.draftedBy(), l.receiptNo(), l.title(), id, form.returnNote());
        }
    }

    private void checkSupervisor(Viewer viewer, Letter l) {
        if (l.departmentId() == null || !permissions.supervises(viewer, l.departmentId())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.letter.onlySupervisors");
        }
    }

    /**
     * Publishes the letter where the sender agreed, once replied: the title, summary and reply staff wrote, none of
     * which may carry the sender's name, e-mail, phone or address.
     */
    @Transactional
    public void publish(Viewer viewer, long id, PublishForm form) {
        if (!permissions.coordinates(viewer)) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.letter.onlyCoordinators");
        }
        Letter l = lock(id);
        FieldErrors errors = validator.validate(form);
        if (!l.publishConsent()) {
            errors.add(FieldErrors.FORM, "voi.error.letter.noConsent");
        } else if (!l.replied()) {
            errors.add(FieldErrors.FORM, "voi.error.letter.notReplied");
        } else if (l.published()) {
            errors.add(FieldErrors.FORM, "voi.error.letter.alreadyPublished");
        }
        if (!errors.hasErrors() && carriesPersonalDetails(l, List.of(form.publicTitle(), form.publicSummary(), form.publicReply()))) {
            errors.add(FieldErrors.FORM, "voi.error.letter.personalDetails");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        letters.publish(id, form.publicTitle(), form.publicSummary(), form.publicReply(), viewer.accountId(), clock.now());
        audit.record(viewer.accountId(), "voi.audit.letterPublished", LetterIntake.TARGET, Long.toString(id), null);
    }

    /** The sender's name (or a part of it of two characters or more), e-mail, phone digits or address in any text. */
    static boolean carriesPersonalDetails(Letter l, List<String> texts) {
        List<String> compact = texts.stream().filter(Objects::nonNull).map(t -> t.replaceAll("[\\s　\\-()]+", "")).toList();
        List<String> details = new ArrayList<>();
        if (l.name() != null) {
            details.add(l.name().replaceAll("[\\s　]+", ""));
            details.addAll(List.of(l.name().strip().split("[\\s　]+")));
        }
        if (l.email() != null) {
            details.add(l.email());
            details.add(l.email().substring(0, Math.max(0, l.email().indexOf('@'))));
        }
        if (l.phone() != null) {
            details.add(l.phone().replaceAll("[^0-9]", ""));
        }
        if (l.address() != null) {
            details.add(l.address().replaceAll("[\\s　\\-()]+", ""));
        }
        return details.stream().filter(d -> d.length() >= 2)
                .anyMatch(d -> compact.stream().anyMatch(t -> t.toLowerCase().contains(d.toLowerCase())));
    }
}
