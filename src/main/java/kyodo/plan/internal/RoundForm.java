package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import kyodo.core.FormText;

/** Opening a reporting round: the fiscal year reported on and the date results are due. */
@Introspected
@Serdeable
public record RoundForm(
        @NotBlank @Pattern(regexp = "\\d{4}", message = "{pln.error.year}") @Nullable String fiscalYear,
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String dueOn) {

    public RoundForm {
        fiscalYear = FormText.ascii(fiscalYear);
        dueOn = FormText.ascii(dueOn);
    }
}
