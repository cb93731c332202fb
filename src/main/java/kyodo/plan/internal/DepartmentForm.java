package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;

/** A department (課等名) and its division (部等名). */
@Introspected
@Serdeable
public record DepartmentForm(@NotBlank @Size(max = 100) @Nullable String departmentName,
                             @Size(max = 100) @Nullable String division) {

    public DepartmentForm {
        departmentName = FormText.clean(departmentName);
        division = FormText.clean(division);
    }
}
