package kyodo.points.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import kyodo.core.FormText;

/** A request to exchange or donate points of one fiscal year. */
@Introspected
@Serdeable
public record ExchangeForm(
        @NotBlank @Pattern(regexp = "\\d{4}", message = "{core.error.format}") @Nullable String fiscalYear,
        @NotBlank(message = "{pts.error.chooseKind}") @Pattern(regexp = "VOUCHER|CASH|DONATION", message = "{pts.error.chooseKind}") @Nullable String kind,
        @NotBlank @Pattern(regexp = "\\d{1,6}", message = "{core.error.number}") @Nullable String points,
        @Pattern(regexp = "\\d{1,18}", message = "{pts.error.chooseGroup}") @Nullable String groupId) {

    public ExchangeForm {
        fiscalYear = FormText.ascii(fiscalYear);
        kind = FormText.clean(kind);
        points = FormText.number(points);
        groupId = FormText.ascii(groupId);
    }
}
