package kyodo.voices.internal;

import io.micronaut.core.annotation.Introspected;

/** A staff member of a department, as the department page lists them. */
@Introspected
public record DepartmentMember(long departmentId, long accountId, boolean supervisor) {
}
