package kyodo.directory.volunteers;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;

import java.time.LocalDate;
import java.util.Optional;

/** まちづくりサポーター: set when a course is completed (events module) or by a coordinator. */
@Singleton
public class Supporters {

    static final String TARGET = "dir.audit.target.supporter";

    private final VolunteerRepository volunteers;
    private final AuditLog audit;
    private final CityClock clock;
    private final kyodo.core.AccountsApi accounts;

    Supporters(VolunteerRepository volunteers, AuditLog audit, CityClock clock, kyodo.core.AccountsApi accounts) {
        this.volunteers = volunteers;
        this.audit = audit;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** A サポーター without a volunteer registration, with the name of the account. */
    public record WithoutVolunteer(long accountId, String name, LocalDate since, String source) {
    }

    /** サポーター who completed a course but have not registered as volunteers: they are サポーター too. */
    @Transactional
    public java.util.List<WithoutVolunteer> withoutVolunteerRegistration() {
        java.util.List<Supporter> rows = volunteers.supportersWithoutVolunteer();
        java.util.Map<Long, String> names = accounts.findAll(rows.stream().map(Supporter::accountId).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(kyodo.core.AccountSummary::id, kyodo.core.AccountSummary::displayName));
        return rows.stream().filter(r -> names.containsKey(r.accountId()))
                .map(r -> new WithoutVolunteer(r.accountId(), names.get(r.accountId()), r.since(), r.source())).toList();
    }

    @Transactional
    public Optional<Supporter> of(Long accountId) {
        return accountId == null ? Optional.empty() : volunteers.supporter(accountId);
    }

    /** Marks an account as まちづくりサポーター; the first reason given is kept. */
    @Transactional
    public boolean mark(long accountId, LocalDate since, String source, Long setBy) {
        int inserted = volunteers.addSupporter(accountId, since, source.length() > 200 ? source.substring(0, 200) : source,
                setBy);
        if (inserted > 0) {
            audit.record(setBy, "dir.audit.supporterSet", TARGET, String.valueOf(accountId), source);
        }
        return inserted > 0;
    }

    /** Once per course completion: a repeated delivery of the same event does nothing. */
    @Transactional
    public boolean markFromCourse(long eventId, long accountId, LocalDate completedOn, String source) {
        if (volunteers.courseHandled(eventId, accountId, clock.now()) == 0) {
            return false;
        }
        return mark(accountId, completedOn, source, null);
    }

    /**
     * A completion the events module withdrew (attendance corrected): the サポーター status it gave goes,
     * unless another course or a coordinator gave it too.
     */
    @Transactional
    public boolean unmarkFromCourse(long eventId, long accountId) {
        if (volunteers.courseUnhandled(eventId, accountId) == 0 || volunteers.coursesHandled(accountId) > 0) {
            return false;
        }
        boolean fromCourses = volunteers.supporter(accountId).map(s -> s.setBy() == null).orElse(false);
        if (fromCourses && volunteers.removeSupporter(accountId) > 0) {
            audit.record(null, "dir.audit.supporterRemoved", TARGET, String.valueOf(accountId), "course completion withdrawn");
            return true;
        }
        return false;
    }

    @Transactional
    public void remove(long coordinatorId, long accountId) {
        if (volunteers.removeSupporter(accountId) > 0) {
            audit.record(coordinatorId, "dir.audit.supporterRemoved", TARGET, String.valueOf(accountId), null);
        }
    }
}
