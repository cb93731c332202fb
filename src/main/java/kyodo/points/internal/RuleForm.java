package kyodo.points.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import kyodo.core.FormText;

import java.util.List;

/** The rules of a fiscal year as staff edit them; every value as typed. */
@Introspected
@Serdeable
public record RuleForm(
        @NotBlank @Pattern(regexp = "PER_HOUR|PER_ACTIVITY", message = "{core.error.format}") @Nullable String basis,
        @NotBlank @Pattern(regexp = "\\d{1,3}", message = "{core.error.number}") @Nullable String pointsPerHour,
        @NotBlank @Pattern(regexp = "FLOOR|HALF_UP|CEILING", message = "{core.error.format}") @Nullable String rounding,
        @NotBlank @Pattern(regexp = "\\d{1,3}", message = "{core.error.number}") @Nullable String pointsPerActivity,
        @NotBlank @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}") @Nullable String longActivityMinutes,
        @NotBlank @Pattern(regexp = "\\d{1,3}", message = "{core.error.number}") @Nullable String longActivityPoints,
        @NotBlank @Pattern(regexp = "\\d{1,3}", message = "{core.error.number}") @Nullable String dailyCap,
        @NotBlank @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}") @Nullable String yearlyCap,
        @NotBlank @Pattern(regexp = "\\d{1,5}", message = "{core.error.number}") @Nullable String yenPerPoint,
        @NotBlank @Pattern(regexp = "\\d{1,4}", message = "{core.error.number}") @Nullable String exchangeStep,
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String exchangeOpensOn,
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String exchangeClosesOn,
        @Nullable String carryOver,
        @Nullable List<String> earningKinds) {

    public RuleForm {
        pointsPerHour = FormText.number(pointsPerHour);
        pointsPerActivity = FormText.number(pointsPerActivity);
        longActivityMinutes = FormText.number(longActivityMinutes);
        longActivityPoints = FormText.number(longActivityPoints);
        dailyCap = FormText.number(dailyCap);
        yearlyCap = FormText.number(yearlyCap);
        yenPerPoint = FormText.number(yenPerPoint);
        exchangeStep = FormText.number(exchangeStep);
        exchangeOpensOn = FormText.ascii(exchangeOpensOn);
        exchangeClosesOn = FormText.ascii(exchangeClosesOn);
    }

    public static RuleForm of(RuleSet r) {
        return new RuleForm(r.basis(), s(r.pointsPerHour()), r.rounding(), s(r.pointsPerActivity()), s(r.longActivityMinutes()),
                s(r.longActivityPoints()), s(r.dailyCap()), s(r.yearlyCap()), s(r.yenPerPoint()), s(r.exchangeStep()),
                r.exchangeOpensOn().toString(), r.exchangeClosesOn().toString(), r.carryOver() ? "true" : "",
                r.sources().stream().map(Enum::name).toList());
    }

    private static String s(int value) {
        return Integer.toString(value);
    }

    public boolean earns(String kind) {
        return earningKinds != null && earningKinds.contains(kind);
    }
}
