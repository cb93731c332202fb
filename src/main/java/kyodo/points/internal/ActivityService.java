package kyodo.points.internal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FiscalYear;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;
import kyodo.points.internal.RuleSet.Source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Activities at host facilities. A volunteer records one (pending) and the host confirms it, or the
 * host records it (confirmed at once, e.g. through the volunteer's QR link); a coordinator's check
 * posts its points. Every step is a conditional update, so two people acting on one activity at
 * the same moment cannot both succeed.
 */
@Singleton
public class ActivityService {

    /** A checked activity form. */
    record Checked(long hostGroupId, LocalDate date, int minutes, String description) {
    }

    private final ActivityRepository activities;
    private final HostRepository hosts;
    private final AwardService awards;
    private final RuleService rules;
    private final DirectoryApi directory;
    private final FormValidator validator;
    private final AuditLog audit;
    private final PointsMails mails;
    private final CityClock clock;

    ActivityService(ActivityRepository activities, HostRepository hosts, AwardService awards, RuleService rules,
                    DirectoryApi directory, FormValidator validator, AuditLog audit, PointsMails mails, CityClock clock) {
        this.mails = mails;
        this.activities = activities;
        this.hosts = hosts;
        this.awards = awards;
        this.rules = rules;
        this.directory = directory;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** The volunteer records an activity; it waits for the host's confirmation. */
    @Transactional
    public long recordByVolunteer(long volunteerId, ActivityForm form) {
        if (!directory.isVolunteer(volunteerId)) {
            throw new FormInvalidException(FieldErrors.FORM, "pts.error.notVolunteer");
        }
        Checked c = check(form);
        return insert(volunteerId, c, Activity.Status.PENDING, volunteerId);
    }

    /** A host's representative records a volunteer's activity at the host: confirmed by the host at once. */
    @Transactional
    public long recordByHost(long hostRepresentativeId, long volunteerId, ActivityForm form) {
        Checked c = check(form);
        if (!directory.isRepresentative(hostRepresentativeId, c.hostGroupId())) {
            throw new FormInvalidException("hostGroupId", "pts.error.notHost");
        }
        if (!directory.isVolunteer(volunteerId)) {
            throw new FormInvalidException(FieldErrors.FORM, "pts.error.notVolunteer");
        }
        if (volunteerId == hostRepresentativeId) {
            throw new FormInvalidException(FieldErrors.FORM, "pts.error.ownActivity");
        }
        long id = insert(volunteerId, c, Activity.Status.HOST_CONFIRMED, hostRepresentativeId);
        activities.confirmByHost(id, hostRepresentativeId, clock.now());
        return id;
    }

    private long insert(long volunteerId, Checked c, Activity.Status status, long recordedBy) {
        try {
            Activity saved = activities.save(new Activity(null, volunteerId, c.hostGroupId(), c.date(), c.minutes(),
                    c.description(), Activity.Status.PENDING.name(), recordedBy, clock.now(), null, null, null, null, null));
            audit.record(recordedBy, "pts.audit.activityRecorded", "pts.audit.target.activity", saved.id().toString(),
                    status.name());
            return saved.id();
        } catch (DataAccessException duplicate) {
            throw new FormInvalidException("activityDate", "pts.error.alreadyRecorded");
        }
    }

    /** The host confirms a volunteer's record. */
    @Transactional
    public void confirmByHost(long activityId, long actorId) {
        Activity a = activities.findByIdForUpdate(activityId).orElseThrow(() -> notFound());
        if (!directory.isRepresentative(actorId, a.hostGroupId())) {
            throw new FormInvalidException(FieldErrors.FORM, "pts.error.notHost");
        }
        if (a.volunteerId() == actorId) {
            throw new FormInvalidException(FieldErrors.FORM, "pts.error.ownActivity");
        }
        if (activities.confirmByHost(activityId, actorId, clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "pts.error.alreadyDecided");
        }
        audit.record(actorId, "pts.audit.activityConfirmed", "pts.audit.target.activity", Long.toString(activityId), null);
    }

    /** The coordinator's check: the activity is posted and its points awarded, in one transaction. */
    @Transactional
    public Optional<Award> post(long activityId, long coordinatorId) {
        Activity a = activities.findByIdForUpdate(activityId).orElseThrow(() -> notFound());
        if (activities.post(activityId, coordinatorId, clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "pts.error.alreadyDecided");
        }
        String host = directory.findGroup(a.hostGroupId()).map(GroupSummary::name).orElse("");
        audit.record(coordinatorId, "pts.audit.activityPosted", "pts.audit.target.activity", Long.toString(activityId), null);
        return awards.award(new AwardService.Earning(Source.HOST_ACTIVITY, activityId, "activity:" + activityId,
                a.volunteerId(), a.activityDate(), a.minutes(), a.hostGroupId(), host, null));
    }

    /** The host or the coordinator turns an activity down, with the reason the volunteer will read. */
    @Transactional
    public void reject(long activityId, long actorId, boolean coordinator, String reason) {
        Activity a = activities.findByIdForUpdate(activityId).orElseThrow(() -> notFound());
        if (!coordinator && !directory.isRepresentative(actorId, a.hostGroupId())) {
            throw new FormInvalidException(FieldErrors.FORM, "pts.error.notHost");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new FormInvalidException("rejectReason", "core.error.required");
        }
        if (why.length() > 500) {
            throw new FormInvalidException(FieldErrors.of("rejectReason", "core.error.tooLong").add("rejectReason", "core.error.tooLong", 500));
        }
        if (activities.reject(activityId, actorId, clock.now(), why) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "pts.error.alreadyDecided");
        }
        audit.record(actorId, "pts.audit.activityRejected", "pts.audit.target.activity", Long.toString(activityId), why);
        mails.activityRejected(a, why);
    }

    @Transactional
    public List<Activity> openOf(long volunteerId) {
        return activities.findOpenOfVolunteer(volunteerId);
    }

    @Transactional
    public List<Activity> toConfirm(List<Long> hostGroupIds) {
        return hostGroupIds.isEmpty() ? List.of() : activities.findToConfirm(hostGroupIds);
    }

    @Transactional
    public List<Activity> toCheck(int limit) {
        return activities.findToCheck(limit);
    }

    /** The field checks, then the rules: an active host, a day that has come and is not in a closed year, 0 < hours ≤ 24. */
    Checked check(ActivityForm form) {
        FieldErrors errors = validator.validate(form);
        Long host = errors.has("hostGroupId") ? null : Long.valueOf(form.hostGroupId());
        if (host != null && hosts.findById(host).filter(Host::active).isEmpty()) {
            errors.add("hostGroupId", "pts.error.chooseHost");
        }
        LocalDate date = null;
        if (!errors.has("activityDate")) {
            try {
                date = LocalDate.parse(form.activityDate());
                if (date.isAfter(clock.today())) {
                    errors.add("activityDate", "pts.error.future");
                } else if (rules.rulesFor(FiscalYear.of(date)).exchangeClosesOn().isBefore(clock.today())) {
                    errors.add("activityDate", "pts.error.yearClosed");
                }
            } catch (DateTimeParseException e) {
                errors.add("activityDate", "core.error.date");
            }
        }
        int minutes = 0;
        if (!errors.has("hours")) {
            BigDecimal hours = new BigDecimal(form.hours());
            if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
                errors.add("hours", "pts.error.hoursRange");
            } else {
                minutes = PointRules.minutes(hours);
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        return new Checked(host, date, minutes, form.description());
    }

    private static io.micronaut.http.exceptions.HttpStatusException notFound() {
        return new io.micronaut.http.exceptions.HttpStatusException(io.micronaut.http.HttpStatus.NOT_FOUND, "activity not found");
    }
}
