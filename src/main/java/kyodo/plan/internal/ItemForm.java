package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;

import java.util.List;

/**
 * An item's sheet as staff type it. {@code related} lists the 主な関連事業 by number (names after a number
 * are allowed and ignored, as the sheets write them); {@code yearPlan} holds the 年次計画 of each year of
 * the plan in order.
 */
@Introspected
@Serdeable
public record ItemForm(
        @NotBlank @Size(max = 40) @Nullable String number,
        @Size(max = 40) @Nullable String parentNumber,
        @NotBlank @Size(max = 300) @Nullable String name,
        @Size(max = 40) @Nullable String repostOf,
        @Size(max = 10000) @Nullable String issue,
        @Size(max = 10000) @Nullable String purpose,
        @Size(max = 20000) @Nullable String content,
        @Size(max = 2000) @Nullable String related,
        @Size(max = 500) @Nullable String target,
        @Size(max = 500) @Nullable String actor,
        @Pattern(regexp = "\\d{1,18}", message = "{core.error.format}") @Nullable String departmentId,
        @Size(max = 200) @Nullable String departmentNote,
        @Size(max = 500) @Nullable String relatedDepartments,
        @Size(max = 5000) @Nullable String completion,
        @Nullable List<String> yearPlan) {

    public ItemForm {
        number = FormText.clean(number);
        parentNumber = FormText.clean(parentNumber);
        name = FormText.clean(name);
        repostOf = FormText.clean(repostOf);
        issue = FormText.clean(issue);
        purpose = FormText.clean(purpose);
        content = FormText.clean(content);
        related = FormText.clean(related);
        target = FormText.clean(target);
        actor = FormText.clean(actor);
        departmentId = FormText.ascii(departmentId);
        departmentNote = FormText.clean(departmentNote);
        relatedDepartments = FormText.clean(relatedDepartments);
        completion = FormText.clean(completion);
        yearPlan = yearPlan == null ? List.of() : yearPlan.stream().map(FormText::clean).toList();
    }

    public static ItemForm empty(int years) {
        return new ItemForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                java.util.Collections.nCopies(years, (String) null));
    }

    /** The 年次計画 typed for the i-th year of the plan, or "". */
    public String yearPlanAt(int index) {
        return yearPlan != null && index < yearPlan.size() && yearPlan.get(index) != null ? yearPlan.get(index) : "";
    }
}
