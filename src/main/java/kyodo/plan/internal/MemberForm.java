package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;

/** An account to add to a department, by its e-mail address. */
@Introspected
@Serdeable
public record MemberForm(@NotBlank @Size(max = 254) @Nullable String email) {

    public MemberForm {
        email = FormText.clean(email);
    }
}
