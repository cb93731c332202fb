package kyodo.voices.comments;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;

import java.util.List;

/** What staff type to set up a public comment, what a citizen sends, and how staff answer the opinions. */
public final class CommentForms {

    private CommentForms() {
    }

    /** Longest opinion kept. */
    public static final int MAX_OPINION = 4000;

    @Introspected
    @Serdeable
    public record DraftForm(
            @NotBlank @Size(max = 200) @Nullable String draftTitle,
            @NotBlank(message = "{voi.error.chooseDepartment}") @Pattern(regexp = "\\d{1,18}", message = "{voi.error.chooseDepartment}")
            @Nullable String departmentId,
            @NotBlank @Size(max = 10000) @Nullable String draftSummary,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String opensOn,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String closesOn,
            @Nullable List<String> eligibility,
            @Nullable String signInRequired,
            @Size(max = 1000) @Nullable String periodNote) {

        public DraftForm {
            draftTitle = FormText.clean(draftTitle);
            departmentId = FormText.ascii(departmentId);
            draftSummary = FormText.clean(draftSummary);
            opensOn = FormText.ascii(opensOn);
            closesOn = FormText.ascii(closesOn);
            eligibility = eligibility == null ? List.of() : eligibility.stream().map(FormText::clean).filter(e -> e != null).toList();
            signInRequired = FormText.clean(signInRequired);
            periodNote = FormText.clean(periodNote);
        }

        public static DraftForm of(Draft d) {
            return new DraftForm(d.title(), Long.toString(d.departmentId()), d.summary(), d.opensOn().toString(),
                    d.closesOn().toString(), d.categories().stream().map(Enum::name).toList(), d.signInRequired() ? "on" : null,
                    d.periodNote());
        }

        public boolean allows(String category) {
            return eligibility != null && eligibility.contains(category);
        }
    }

    @Introspected
    @Serdeable
    public record SectionForm(@NotBlank @Size(max = 200) @Nullable String sectionLabel) {
        public SectionForm {
            sectionLabel = FormText.clean(sectionLabel);
        }
    }

    /** A citizen's opinion: where in the draft, who they are (as the city's rules require), and the opinion. */
    @Introspected
    @Serdeable
    public record OpinionForm(
            @Nullable String sectionId,
            @NotBlank(message = "{voi.error.pc.category}") @Nullable String category,
            @NotBlank @Size(max = 100) @Nullable String submitterName,
            @NotBlank @Size(max = 300) @Nullable String submitterAddress,
            @NotBlank(message = "{voi.error.pc.emptyOpinion}") @Size(max = MAX_OPINION) @Nullable String opinionBody) {

        public OpinionForm {
            sectionId = FormText.ascii(sectionId);
            category = FormText.clean(category);
            submitterName = FormText.clean(submitterName);
            submitterAddress = FormText.clean(submitterAddress);
            opinionBody = opinionBody == null ? null : FormText.clean(opinionBody.replace("\r\n", "\n"));
        }

        public static OpinionForm of(Opinion o) {
            return new OpinionForm(o.sectionId() == null ? null : o.sectionId().toString(), o.category(), o.submitterName(),
                    o.submitterAddress(), o.body());
        }
    }

    /** A group of opinions: its summary (意見の概要), the city's view (市の考え方), whether the plan changes. */
    @Introspected
    @Serdeable
    public record GroupForm(
            @Nullable String groupSection,
            @NotBlank @Size(max = 4000) @Nullable String groupSummary,
            @Size(max = 4000) @Nullable String groupResponse,
            @Nullable String changed) {

        public GroupForm {
            groupSection = FormText.ascii(groupSection);
            groupSummary = FormText.clean(groupSummary);
            groupResponse = FormText.clean(groupResponse);
            changed = FormText.clean(changed);
        }
    }

    /** Opinions (their ids) put into a group (its id; blank takes them out of any group). */
    @Introspected
    @Serdeable
    public record AssignForm(@Nullable List<String> opinion, @Nullable String assignGroup) {
        public AssignForm {
            opinion = opinion == null ? List.of() : opinion;
            assignGroup = FormText.ascii(assignGroup);
        }
    }

    /** What changed in the plan, published with the opinions' summary. */
    @Introspected
    @Serdeable
    public record ResultForm(@NotBlank @Size(max = 4000) @Nullable String resultChanges) {
        public ResultForm {
            resultChanges = FormText.clean(resultChanges);
        }
    }
}
