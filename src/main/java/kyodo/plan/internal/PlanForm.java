package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;

import java.util.Arrays;
import java.util.List;

/** A plan as staff set it up: name, period (fiscal years), the names of its levels (one per line), published. */
@Introspected
@Serdeable
public record PlanForm(
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotBlank @Pattern(regexp = "20\\d{2}", message = "{pln.error.year}") @Nullable String firstYear,
        @NotBlank @Pattern(regexp = "20\\d{2}", message = "{pln.error.year}") @Nullable String lastYear,
        @Size(max = 5000) @Nullable String summary,
        @NotBlank @Size(max = 300) @Nullable String levels,
        @Nullable String published) {

    public PlanForm {
        name = FormText.clean(name);
        firstYear = FormText.ascii(firstYear);
        lastYear = FormText.ascii(lastYear);
        summary = FormText.clean(summary);
        levels = FormText.clean(levels);
    }

    public static PlanForm of(Plan plan, List<Level> levels) {
        return new PlanForm(plan.name(), Integer.toString(plan.firstYear()), Integer.toString(plan.lastYear()),
                plan.summary(), String.join("\n", levels.stream().map(Level::name).toList()), plan.published() ? "true" : null);
    }

    /** The level names, top first, without blank lines. */
    public List<String> levelNames() {
        return levels == null ? List.of() : Arrays.stream(levels.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean isPublished() {
        return published != null && !published.isBlank();
    }
}
