package kyodo.voices.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.Choice;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormText;
import kyodo.core.FormValidator;
import kyodo.core.Role;
import kyodo.core.Viewer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The departments and who works in each: kept by administrators and the coordinating department. */
@Singleton
public class Departments {

    static final String TARGET = "voi.audit.target.department";

    @Introspected
    @Serdeable
    public record DepartmentForm(@NotBlank @Size(max = 100) @Nullable String departmentName, @Nullable String coordinating) {
        public DepartmentForm {
            departmentName = FormText.clean(departmentName);
            coordinating = FormText.clean(coordinating);
        }
    }

    @Introspected
    @Serdeable
    public record MemberForm(
            @NotBlank(message = "{voi.error.chooseDepartment}") @jakarta.validation.constraints.Pattern(regexp = "\\d{1,18}",
                    message = "{voi.error.chooseDepartment}") @Nullable String memberDepartment,
            @NotBlank @Size(max = 254) @Nullable String memberEmail, @Nullable String supervisor) {
        public MemberForm {
            memberDepartment = FormText.ascii(memberDepartment);
            memberEmail = FormText.clean(memberEmail);
            supervisor = FormText.clean(supervisor);
        }
    }

    /** A department with its staff, for the page that keeps them. */
    public record Staffed(Department department, List<Person> members) {
    }

    public record Person(long accountId, String name, String email, boolean supervisor) {
    }

    private final DepartmentRepository departments;
    private final VoicesPermissions permissions;
    private final AccountsApi accounts;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    Departments(DepartmentRepository departments, VoicesPermissions permissions, AccountsApi accounts,
                FormValidator validator, AuditLog audit, CityClock clock) {
        this.departments = departments;
        this.permissions = permissions;
        this.accounts = accounts;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Department> all() {
        return departments.ordered();
    }

    @Transactional
    public Optional<Department> find(long id) {
        return departments.findById(id);
    }

    @Transactional
    public Map<Long, String> names() {
        return departments.ordered().stream().collect(Collectors.toMap(Department::id, Department::name));
    }

    /** The departments a viewer may work for: all of them for coordinators, otherwise their own. */
    @Transactional
    public List<Choice> choicesFor(Viewer viewer) {
        VoicesPermissions.Membership m = permissions.membership(viewer);
        return departments.ordered().stream().filter(d -> m.coordinating() || m.in(d.id()))
                .map(d -> Choice.named(Long.toString(d.id()), d.name())).toList();
    }

    @Transactional
    public List<Staffed> staffed() {
        List<Department> all = departments.ordered();
        Map<Long, List<DepartmentMember>> byDepartment = all.stream()
                .collect(Collectors.toMap(Department::id, d -> departments.membersOf(d.id())));
        Map<Long, AccountSummary> people = accounts.findAll(byDepartment.values().stream().flatMap(List::stream)
                .map(DepartmentMember::accountId).distinct().toList()).stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        return all.stream().map(d -> new Staffed(d, byDepartment.get(d.id()).stream()
                .filter(m -> people.containsKey(m.accountId()))
                .map(m -> new Person(m.accountId(), people.get(m.accountId()).displayName(),
                        people.get(m.accountId()).email(), m.supervisor())).toList())).toList();
    }

    @Transactional
    public long add(Viewer actor, DepartmentForm form) {
        requireKeeper(actor);
        FieldErrors errors = validator.validate(form);
        if (!errors.has("departmentName") && departments.findByName(form.departmentName()).isPresent()) {
            errors.add("departmentName", "voi.error.departmentExists");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        long id = departments.save(new Department(null, form.departmentName(), form.coordinating() != null,
                actor.accountId(), clock.now())).id();
        audit.record(actor.accountId(), "voi.audit.departmentAdded", TARGET, Long.toString(id), form.departmentName());
        return id;
    }

    /** Adds a staff member (an account with the staff role) to a department, or changes whether they supervise. */
    @Transactional
    public long addMember(Viewer actor, MemberForm form) {
        requireKeeper(actor);
        FieldErrors errors = validator.validate(form);
        if (!errors.has("memberDepartment") && departments.findById(Long.parseLong(form.memberDepartment())).isEmpty()) {
            errors.add("memberDepartment", "voi.error.chooseDepartment");
        }
        AccountSummary person = errors.has("memberEmail") ? null : accounts.findByEmail(form.memberEmail()).orElse(null);
        if (!errors.has("memberEmail") && (person == null || !(person.has(Role.STAFF) || person.has(Role.ADMIN)))) {
            errors.add("memberEmail", "voi.error.notStaff");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        long departmentId = Long.parseLong(form.memberDepartment());
        departments.addMember(departmentId, person.id(), form.supervisor() != null, actor.accountId(), clock.now());
        audit.record(actor.accountId(), "voi.audit.memberAdded", TARGET, Long.toString(departmentId),
                "account " + person.id() + (form.supervisor() != null ? " supervisor" : ""));
        return departmentId;
    }

    @Transactional
    public void removeMember(Viewer actor, long departmentId, long accountId) {
        requireKeeper(actor);
        if (departments.removeMember(departmentId, accountId) > 0) {
            audit.record(actor.accountId(), "voi.audit.memberRemoved", TARGET, Long.toString(departmentId),
                    "account " + accountId);
        }
    }

    /** The staff of a department (and of the coordinating departments, who see everything), for notices. */
    @Transactional
    public List<Long> staffOf(@Nullable Long departmentId, boolean supervisorsOnly) {
        List<DepartmentMember> members = departmentId == null ? departments.coordinatingMembers()
                : departments.membersOf(departmentId);
        return members.stream().filter(m -> !supervisorsOnly || m.supervisor()).map(DepartmentMember::accountId)
                .distinct().toList();
    }

    private void requireKeeper(Viewer actor) {
        if (!permissions.keepsDepartments(actor)) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.notAllowed");
        }
    }
}
