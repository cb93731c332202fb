package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;

/** A KPI as staff define it; values as typed (35.9, 40.0), years as 4 digits. */
@Introspected
@Serdeable
public record KpiForm(
        @NotBlank @Size(max = 300) @Nullable String name,
        @NotBlank @Size(max = 20) @Nullable String unit,
        @NotBlank @Pattern(regexp = "-?\\d{1,11}(\\.\\d{1,2})?", message = "{pln.error.decimal}") @Nullable String baselineValue,
        @NotBlank @Pattern(regexp = "\\d{4}", message = "{pln.error.year}") @Nullable String baselineYear,
        @NotBlank @Pattern(regexp = "-?\\d{1,11}(\\.\\d{1,2})?", message = "{pln.error.decimal}") @Nullable String targetValue,
        @NotBlank @Pattern(regexp = "\\d{4}", message = "{pln.error.year}") @Nullable String targetYear,
        @Size(max = 60) @Nullable String sourceCode,
        @Size(max = 300) @Nullable String sourceParameter,
        @Size(max = 2000) @Nullable String note) {

    public KpiForm {
        name = FormText.clean(name);
        unit = FormText.clean(unit);
        baselineValue = decimal(baselineValue);
        baselineYear = FormText.ascii(baselineYear);
        targetValue = decimal(targetValue);
        targetYear = FormText.ascii(targetYear);
        sourceCode = FormText.clean(sourceCode);
        sourceParameter = FormText.clean(sourceParameter);
        note = FormText.clean(note);
    }

    /** 「35.9％」「１，２００」 → 35.9, 1200. */
    static String decimal(String typed) {
        String s = FormText.ascii(typed);
        if (s == null) {
            return null;
        }
        String stripped = s.replace(",", "").replace("%", "").strip();
        return stripped.matches("-?\\d+(\\.\\d+)?") ? stripped : s;
    }

    public static KpiForm of(Kpi k) {
        return new KpiForm(k.name(), k.unit(), k.baselineValue().stripTrailingZeros().toPlainString(),
                Integer.toString(k.baselineYear()), k.targetValue().stripTrailingZeros().toPlainString(),
                Integer.toString(k.targetYear()), k.sourceCode(), k.sourceParameter(), k.note());
    }
}
