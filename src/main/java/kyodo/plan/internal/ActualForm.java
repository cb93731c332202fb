package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A KPI's actual value for a fiscal year as staff enter it; an empty value removes the entry. */
@Introspected
@Serdeable
public record ActualForm(
        @NotBlank @Pattern(regexp = "\\d{4}", message = "{pln.error.year}") @Nullable String fiscalYear,
        @Pattern(regexp = "-?\\d{1,11}(\\.\\d{1,2})?", message = "{pln.error.decimal}") @Nullable String actualValue) {

    public ActualForm {
        fiscalYear = kyodo.core.FormText.ascii(fiscalYear);
        actualValue = KpiForm.decimal(actualValue);
    }
}
