package kyodo.voices.councils;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Viewer;
import kyodo.voices.councils.CouncilForms.ApplicationForm;
import kyodo.voices.councils.CouncilForms.DecisionForm;
import kyodo.voices.internal.Receipts;
import kyodo.voices.internal.VoicesMails;
import kyodo.voices.internal.VoicesPermissions;

import java.util.List;
import java.util.Optional;

/**
 * Citizens apply for a council's citizen seat with an essay during the call's period (one application per person
 * and call); the council's department selects up to the call's seats once the period is over and appoints them,
 * which makes them members for the term and tells every applicant.
 */
@Singleton
public class ApplicationService {

    static final String TARGET = "voi.audit.target.application";

    /** What the receipt page shows. */
    public record Receipt(Application application, Recruitment recruitment, Council council) {
    }

    private final CouncilRepositories.Councils councils;
    private final CouncilRepositories.Recruitments recruitments;
    private final CouncilRepositories.Applications applications;
    private final CouncilRepositories.Members members;
    private final VoicesPermissions permissions;
    private final FormValidator validator;
    private final VoicesMails mails;
    private final AuditLog audit;
    private final CityClock clock;

    ApplicationService(CouncilRepositories.Councils councils, CouncilRepositories.Recruitments recruitments,
                       CouncilRepositories.Applications applications, CouncilRepositories.Members members,
                       VoicesPermissions permissions, FormValidator validator, VoicesMails mails, AuditLog audit,
                       CityClock clock) {
        this.councils = councils;
        this.recruitments = recruitments;
        this.applications = applications;
        this.members = members;
        this.permissions = permissions;
        this.validator = validator;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** Applies; returns the application (the earlier one when this person applied to the call already). */
    @Transactional
    public Application apply(Viewer applicant, long recruitmentId, ApplicationForm form) {
        Recruitment r = recruitments.findById(recruitmentId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        Optional<Application> earlier = applications.findByRecruitmentIdAndAccountId(recruitmentId, applicant.accountId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (!r.open(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.council.notOpen");
        }
        FieldErrors errors = validator.validate(form);
        if (!errors.has("ageBand") && !Application.AGE_BANDS.contains(form.ageBand())) {
            errors.add("ageBand", "voi.error.council.ageBand");
        }
        if (!errors.has("essay") && form.essay().length() > r.essayMax()) {
            errors.add("essay", "voi.error.council.essayTooLong", r.essayMax());
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        int added = applications.add(recruitmentId, Receipts.token(), applicant.accountId(), form.applicantName(),
                form.applicantKana(), form.applicantAddress(), form.applicantPhone(), form.ageBand(), form.essay(), clock.now());
        Application a = applications.findByRecruitmentIdAndAccountId(recruitmentId, applicant.accountId()).orElseThrow();
        if (added == 1) {
            Council c = councils.findById(r.councilId()).orElseThrow();
            audit.record(applicant.accountId(), "voi.audit.applied", TARGET, Long.toString(a.id()), "recruitment " + recruitmentId);
            mails.applicationReceived(applicant.accountId(), c.name(), a.receiptNo(), a.receiptToken());
        }
        return a;
    }

    @Transactional
    public Optional<Receipt> receipt(String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return applications.findByReceiptToken(token).map(a -> {
            Recruitment r = recruitments.findById(a.recruitmentId()).orElseThrow();
            return new Receipt(a, r, councils.findById(r.councilId()).orElseThrow());
        });
    }

    /** The call's applications, for the council's department and the coordinators; the view is logged. */
    @Transactional
    public List<Application> applications(Viewer viewer, long recruitmentId) {
        Recruitment r = recruitments.findById(recruitmentId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        Council c = councils.findById(r.councilId()).orElseThrow();
        if (!permissions.seesPersonalData(viewer, c.departmentId())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.notYourDepartment");
        }
        List<Application> all = applications.ofRecruitment(recruitmentId);
        audit.record(viewer.accountId(), AuditLog.PERSONAL_DATA_VIEWED, "voi.audit.target.recruitment",
                Long.toString(recruitmentId), "applications " + all.size());
        return all;
    }

    /** Locks the call after its period, for its department, until it is appointed. */
    private Recruitment deciding(Viewer viewer, long recruitmentId) {
        Recruitment r = recruitments.findByIdForUpdate(recruitmentId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        Council c = councils.findById(r.councilId()).orElseThrow();
        if (!permissions.seesPersonalData(viewer, c.departmentId())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.notYourDepartment");
        }
        if (r.appointed()) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.council.appointed");
        }
        if (!r.ended(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.council.periodNotOver");
        }
        return r;
    }

    /** Selects an applicant (while seats are left: checked under the call's lock) or not. */
    @Transactional
    public void decide(Viewer viewer, long recruitmentId, long applicationId, DecisionForm form) {
        Recruitment r = deciding(viewer, recruitmentId);
        FieldErrors errors = validator.validate(form);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        Application a = applications.findById(applicationId).filter(x -> x.recruitmentId() == recruitmentId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if ("SELECTED".equals(form.decision()) && a.status() != Application.Status.SELECTED
                && applications.countWithStatus(recruitmentId, "SELECTED") >= r.seats()) {
            throw new FormInvalidException(new FieldErrors().add(FieldErrors.FORM, "voi.error.council.seatsFull", r.seats()));
        }
        applications.decide(applicationId, recruitmentId, form.decision(), viewer.accountId(), clock.now());
        audit.record(viewer.accountId(), "voi.audit.applicationDecided", TARGET, Long.toString(applicationId), form.decision());
    }

    /** Appoints the selected applicants for the term once every application is decided, and tells every applicant. */
    @Transactional
    public int appoint(Viewer viewer, long recruitmentId) {
        Recruitment r = deciding(viewer, recruitmentId);
        List<Application> all = applications.ofRecruitment(recruitmentId);
        long undecided = all.stream().filter(a -> a.status() == Application.Status.APPLIED).count();
        if (undecided > 0) {
            throw new FormInvalidException(new FieldErrors().add(FieldErrors.FORM, "voi.error.council.undecided", undecided));
        }
        List<Application> selected = all.stream().filter(a -> a.status() == Application.Status.SELECTED).toList();
        if (selected.isEmpty() && !all.isEmpty()) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.council.noneSelected");
        }
        Council c = councils.findById(r.councilId()).orElseThrow();
        recruitments.appoint(recruitmentId, viewer.accountId(), clock.now());
        applications.appointSelected(recruitmentId);
        for (Application a : selected) {
            members.save(new CouncilMember(null, c.id(), a.id(), a.name(), r.termStartsOn(), r.termEndsOn(),
                    viewer.accountId(), clock.now()));
        }
        for (Application a : all) {
            mails.applicationResult(a.accountId(), c.name(), a.status() == Application.Status.SELECTED, r.termStartsOn(),
                    r.termEndsOn());
        }
        audit.record(viewer.accountId(), "voi.audit.appointed", "voi.audit.target.recruitment", Long.toString(recruitmentId),
                "members " + selected.size());
        return selected.size();
    }
}
