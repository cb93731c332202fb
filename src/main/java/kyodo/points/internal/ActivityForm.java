package kyodo.points.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;

/** An activity as a volunteer or a host types it: where, which day, how many hours, what was done. */
@Introspected
@Serdeable
public record ActivityForm(
        @NotBlank(message = "{pts.error.chooseHost}") @Pattern(regexp = "\\d{1,18}", message = "{pts.error.chooseHost}") @Nullable String hostGroupId,
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String activityDate,
        @NotBlank @Pattern(regexp = "\\d{1,2}(\\.\\d{1,2})?", message = "{pts.error.hours}") @Nullable String hours,
        @NotBlank @Size(max = 500) @Nullable String description) {

    public ActivityForm {
        hostGroupId = FormText.ascii(hostGroupId);
        activityDate = FormText.ascii(activityDate);
        hours = FormText.ascii(hours);
        description = FormText.clean(description);
    }

    public static ActivityForm empty(String today) {
        return new ActivityForm("", today, "", "");
    }
}
