package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;

/** A department's report on an item for a fiscal year: 取組実績, 進捗状況 and 今後の方向性. */
@Introspected
@Serdeable
public record ResultForm(
        @Size(max = 20000) @Nullable String resultText,
        @Pattern(regexp = "DONE|ON_TRACK|CONTINUING", message = "{pln.error.mark}") @Nullable String mark,
        @Size(max = 5000) @Nullable String direction) {

    public ResultForm {
        resultText = FormText.clean(resultText);
        mark = FormText.clean(mark);
        direction = FormText.clean(direction);
    }

    public static ResultForm of(Result r) {
        return new ResultForm(r.resultText(), r.mark(), r.direction());
    }
}
