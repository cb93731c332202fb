package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;

/** Plan staff's comment when they send a result back to the department. */
@Introspected
@Serdeable
public record ReviewForm(@Size(max = 2000) @Nullable String comment) {

    public ReviewForm {
        comment = FormText.clean(comment);
    }
}
