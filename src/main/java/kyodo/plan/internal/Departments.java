package kyodo.plan.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;

import java.util.List;
import java.util.Optional;

/** Departments and who belongs to them, kept by plan staff. */
@Singleton
public class Departments {

    static final String TARGET = "pln.audit.target.department";

    private final DepartmentRepository departments;
    private final AccountsApi accounts;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    Departments(DepartmentRepository departments, AccountsApi accounts, FormValidator validator, AuditLog audit,
                CityClock clock) {
        this.departments = departments;
        this.accounts = accounts;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Department> all() {
        return departments.findInOrder();
    }

    @Transactional
    public Optional<Department> find(long id) {
        return departments.findById(id);
    }

    @Transactional
    public List<Department> ofAccount(long accountId) {
        return departments.ofAccount(accountId);
    }

    @Transactional
    public List<AccountSummary> members(long departmentId) {
        return accounts.findAll(departments.members(departmentId));
    }

    @Transactional
    public List<Long> memberIds(long departmentId) {
        return departments.members(departmentId);
    }

    @Transactional
    public long create(DepartmentForm form, long actorId) {
        FieldErrors errors = validator.validate(form);
        if (!errors.has("departmentName") && departments.findByName(form.departmentName()).isPresent()) {
            errors.add("departmentName", "pln.error.duplicateDepartment");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        Department saved = departments.save(new Department(null, form.departmentName(), form.division(), clock.now()));
        audit.record(actorId, "pln.audit.departmentAdded", TARGET, saved.id().toString(), saved.name());
        return saved.id();
    }

    /** The department of this name, created (in the division given) when there is none yet: for imports. */
    Department findOrCreate(String name, String division) {
        return departments.findByName(name).orElseGet(() -> departments.save(new Department(null, name, division, clock.now())));
    }

    @Transactional
    public void addMember(long departmentId, MemberForm form, long actorId) {
        departments.findById(departmentId).orElseThrow(Plans::notFound);
        FieldErrors errors = validator.validate(form);
        AccountSummary person = errors.has("email") ? null : accounts.findByEmail(form.email()).orElse(null);
        if (!errors.has("email") && person == null) {
            errors.add("email", "pln.error.noSuchAccount");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        if (departments.addMember(departmentId, person.id(), actorId, clock.now()) > 0) {
            audit.record(actorId, "pln.audit.memberAdded", TARGET, Long.toString(departmentId), Long.toString(person.id()));
        }
    }

    @Transactional
    public void removeMember(long departmentId, long accountId, long actorId) {
        if (departments.removeMember(departmentId, accountId) > 0) {
            audit.record(actorId, "pln.audit.memberRemoved", TARGET, Long.toString(departmentId), Long.toString(accountId));
        }
    }
}
