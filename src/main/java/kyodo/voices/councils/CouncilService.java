package kyodo.voices.councils;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Viewer;
import kyodo.voices.councils.CouncilForms.CouncilForm;
import kyodo.voices.councils.CouncilForms.MemberForm;
import kyodo.voices.councils.CouncilForms.RecruitmentForm;
import kyodo.voices.internal.VoicesPermissions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Councils (審議会等) with their seats, their citizen members and the calls for new ones. The public list shows
 * each council with how many citizen members sit on it today.
 */
@Singleton
public class CouncilService {

    static final String TARGET = "voi.audit.target.council";

    /** A council with its citizen members today and its calls open now or soon. */
    public record Overview(Council council, long citizenMembers, List<Recruitment> calls) {
    }

    private final CouncilRepositories.Councils councils;
    private final CouncilRepositories.Members members;
    private final CouncilRepositories.Recruitments recruitments;
    private final VoicesPermissions permissions;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    CouncilService(CouncilRepositories.Councils councils, CouncilRepositories.Members members,
                   CouncilRepositories.Recruitments recruitments, VoicesPermissions permissions, FormValidator validator,
                   AuditLog audit, CityClock clock) {
        this.councils = councils;
        this.members = members;
        this.recruitments = recruitments;
        this.permissions = permissions;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Overview> overview() {
        LocalDate today = clock.today();
        Map<Long, Long> serving = members.servingOn(today).stream()
                .collect(Collectors.groupingBy(CouncilMember::councilId, Collectors.counting()));
        Map<Long, List<Recruitment>> calls = recruitments.current(today).stream()
                .collect(Collectors.groupingBy(Recruitment::councilId));
        return councils.byName().stream().map(c -> new Overview(c, serving.getOrDefault(c.id(), 0L),
                calls.getOrDefault(c.id(), List.of()))).toList();
    }

    @Transactional
    public Optional<Council> find(long id) {
        return councils.findById(id);
    }

    /**
     * The council's citizen members, with their names, for the staff of its department and the coordinators (the
     * view is logged); nobody else sees them (empty).
     */
    @Transactional
    public List<CouncilMember> members(Viewer viewer, Council council) {
        if (!permissions.seesPersonalData(viewer, council.departmentId())) {
            return List.of();
        }
        List<CouncilMember> list = members.ofCouncil(council.id());
        if (!list.isEmpty()) {
            audit.record(viewer.accountId(), AuditLog.PERSONAL_DATA_VIEWED, TARGET, Long.toString(council.id()), "members");
        }
        return list;
    }

    @Transactional
    public List<Recruitment> recruitments(long councilId) {
        return recruitments.ofCouncil(councilId);
    }

    @Transactional
    public Optional<Recruitment> recruitment(long id) {
        return recruitments.findById(id);
    }

    @Transactional
    public List<Recruitment> currentCalls() {
        return recruitments.current(clock.today());
    }

    @Transactional
    public long create(Viewer actor, CouncilForm form) {
        FieldErrors errors = validator.validate(form);
        if (!errors.has("departmentId") && !permissions.worksFor(actor, Long.parseLong(form.departmentId()))) {
            errors.add("departmentId", "voi.error.chooseDepartment");
        }
        if (!errors.has("councilName") && councils.findByName(form.councilName()).isPresent()) {
            errors.add("councilName", "voi.error.council.nameTaken");
        }
        if (!errors.has("seats") && !errors.has("citizenSeats")) {
            int seats = Integer.parseInt(form.seats());
            int citizen = Integer.parseInt(form.citizenSeats());
            if (seats < 1) {
                errors.add("seats", "core.error.min", 1);
            } else if (citizen > seats) {
                errors.add("citizenSeats", "voi.error.council.citizenSeats", seats);
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        try {
            long id = councils.save(new Council(null, form.councilName(), Long.parseLong(form.departmentId()), form.purpose(),
                    Integer.parseInt(form.seats()), Integer.parseInt(form.citizenSeats()), actor.accountId(), clock.now())).id();
            audit.record(actor.accountId(), "voi.audit.councilCreated", TARGET, Long.toString(id), form.councilName());
            return id;
        } catch (DataAccessException sameName) {
            throw new FormInvalidException("councilName", "voi.error.council.nameTaken");
        }
    }

    private Council mine(Viewer actor, long councilId) {
        Council c = councils.findById(councilId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (!permissions.worksFor(actor, c.departmentId())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.notYourDepartment");
        }
        return c;
    }

    /** A call for citizen members: no more seats than the council's citizen seats, a term that starts after the period. */
    @Transactional
    public long openCall(Viewer actor, long councilId, RecruitmentForm form) {
        Council c = mine(actor, councilId);
        FieldErrors errors = validator.validate(form);
        if (!errors.has("recruitSeats")) {
            int seats = Integer.parseInt(form.recruitSeats());
            if (seats < 1 || seats > c.citizenSeats()) {
                errors.add("recruitSeats", "voi.error.council.recruitSeats", c.citizenSeats());
            }
        }
        if (!errors.has("essayMax")) {
            int max = Integer.parseInt(form.essayMax());
            if (max < 200 || max > 4000) {
                errors.add("essayMax", "voi.error.council.essayMax");
            }
        }
        LocalDate opens = date(form.opensOn(), "opensOn", errors);
        LocalDate closes = date(form.closesOn(), "closesOn", errors);
        LocalDate starts = date(form.termStartsOn(), "termStartsOn", errors);
        LocalDate ends = date(form.termEndsOn(), "termEndsOn", errors);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            errors.add("closesOn", "voi.error.closesBeforeOpens");
        }
        if (closes != null && starts != null && !starts.isAfter(closes)) {
            errors.add("termStartsOn", "voi.error.council.termAfterPeriod");
        }
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            errors.add("termEndsOn", "voi.error.council.termEnds");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        long id = recruitments.save(new Recruitment(null, councilId, Integer.parseInt(form.recruitSeats()), form.callEligibility(),
                form.essayTheme(), Integer.parseInt(form.essayMax()), opens, closes, starts, ends, Recruitment.Status.OPEN,
                actor.accountId(), clock.now(), null, null)).id();
        audit.record(actor.accountId(), "voi.audit.recruitmentCreated", TARGET, Long.toString(councilId), "recruitment " + id);
        return id;
    }

    /** A citizen member appointed before the portal (or on paper). */
    @Transactional
    public void addMember(Viewer actor, long councilId, MemberForm form) {
        mine(actor, councilId);
        FieldErrors errors = validator.validate(form);
        LocalDate starts = date(form.memberStartsOn(), "memberStartsOn", errors);
        LocalDate ends = date(form.memberEndsOn(), "memberEndsOn", errors);
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            errors.add("memberEndsOn", "voi.error.council.termEnds");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        members.save(new CouncilMember(null, councilId, null, form.memberName(), starts, ends, actor.accountId(), clock.now()));
        audit.record(actor.accountId(), "voi.audit.memberRecorded", TARGET, Long.toString(councilId), null);
    }

    static LocalDate date(@Nullable String value, String field, FieldErrors errors) {
        if (value == null || errors.has(field)) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "core.error.date");
            return null;
        }
    }
}
