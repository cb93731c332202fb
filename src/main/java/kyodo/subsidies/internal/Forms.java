package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;

import java.util.List;

/**
 * The staff and reviewer forms, one record each, as the browser posts them: every value is text
 * (or a list of texts for repeated fields) so a wrong one can be shown again, tidied in the compact
 * constructor and checked by the constraints; the services add the rules that need the data.
 */
public final class Forms {

    private Forms() {
    }

    @Introspected
    @Serdeable
    public record ProgramForm(
            @Nullable @NotBlank @Pattern(regexp = "20\\d{2}|2100", message = "{sub.error.fiscalYear}") String fiscalYear,
            @Nullable @NotBlank @Size(max = 200) String programName,
            @Nullable @NotBlank @Size(max = 5000) String purpose,
            @Nullable @NotBlank @Pattern(regexp = Inputs.YEN, message = "{sub.error.yen}") String budget,
            @Nullable @NotBlank @Size(max = 200) String fundSource,
            @Nullable @NotEmpty(message = "{sub.error.chooseOne}") List<String> eligibleTypes,
            @Nullable @Size(max = 20000) String guidelines,
            @Nullable @NotBlank @Pattern(regexp = Inputs.INTEGER, message = "{core.error.number}") String reportDueDays) {

        public ProgramForm {
            fiscalYear = FormText.number(fiscalYear);
            programName = FormText.clean(programName);
            purpose = FormText.clean(purpose);
            budget = FormText.number(budget);
            fundSource = FormText.clean(fundSource);
            guidelines = FormText.clean(guidelines);
            reportDueDays = FormText.number(reportDueDays);
        }

        /** A new program's form; {@code fundSource} is the usual source of the money, from the bundle. */
        public static ProgramForm empty(int year, String fundSource) {
            return new ProgramForm(String.valueOf(year), null, null, null, fundSource, List.of("NPO", "CIVIC",
                    "NEIGHBORHOOD", "DISTRICT_COUNCIL"), null, "30");
        }

        public static ProgramForm of(Program p) {
            return new ProgramForm(String.valueOf(p.fiscalYear()), p.name(), p.purpose(), String.valueOf(p.budget()),
                    p.fundSource(), p.types().stream().map(Enum::name).toList(), p.guidelines(),
                    String.valueOf(p.reportDueDays()));
        }

        public boolean hasType(String type) {
            return eligibleTypes != null && eligibleTypes.contains(type);
        }
    }

    @Introspected
    @Serdeable
    public record CategoryForm(
            @Nullable @NotBlank @Size(max = 100) String categoryName,
            @Nullable @NotBlank @Pattern(regexp = Inputs.YEN, message = "{sub.error.yen}") String maxAmount,
            @Nullable @NotBlank @Pattern(regexp = Inputs.INTEGER, message = "{core.error.number}") String rateNum,
            @Nullable @NotBlank @Pattern(regexp = Inputs.INTEGER, message = "{core.error.number}") String rateDen,
            @Nullable @Size(max = 5000) String categoryDescription) {

        public CategoryForm {
            categoryName = FormText.clean(categoryName);
            maxAmount = FormText.number(maxAmount);
            rateNum = FormText.number(rateNum);
            rateDen = FormText.number(rateDen);
            categoryDescription = FormText.clean(categoryDescription);
        }

        public static CategoryForm empty() {
            return new CategoryForm(null, null, "1", "2", null);
        }
    }

    @Introspected
    @Serdeable
    public record WindowForm(
            @Nullable @NotBlank @Pattern(regexp = Inputs.INTEGER, message = "{core.error.number}") String number,
            @Nullable @NotBlank @Pattern(regexp = Inputs.DATE_TIME, message = "{sub.error.dateTime}") String opensAt,
            @Nullable @NotBlank @Pattern(regexp = Inputs.DATE_TIME, message = "{sub.error.dateTime}") String closesAt,
            @Nullable @Pattern(regexp = Inputs.DATE, message = "{sub.error.date}") String sessionDate,
            @Nullable @Pattern(regexp = Inputs.TIME, message = "{sub.error.time}") String sessionTime,
            @Nullable @Size(max = 200) String sessionPlace) {

        public WindowForm {
            number = FormText.number(number);
            opensAt = Inputs.dateTimeText(opensAt);
            closesAt = Inputs.dateTimeText(closesAt);
            sessionDate = Inputs.dateText(sessionDate);
            sessionTime = Inputs.timeText(sessionTime);
            sessionPlace = FormText.clean(sessionPlace);
        }

        public static WindowForm empty(int next) {
            return new WindowForm(String.valueOf(next), null, null, null, "13:30", null);
        }
    }

    @Introspected
    @Serdeable
    public record CriterionForm(
            @Nullable @NotBlank @Size(max = 100) String criterionName,
            @Nullable @NotBlank @Pattern(regexp = Inputs.INTEGER, message = "{core.error.number}") String weight) {

        public CriterionForm {
            criterionName = FormText.clean(criterionName);
            weight = FormText.number(weight);
        }

        public static CriterionForm empty() {
            return new CriterionForm(null, "1");
        }
    }

    /** 書類の確認: accept for review, or return with what to correct (the message is then required). */
    @Introspected
    @Serdeable
    public record ScreenForm(
            @Nullable @NotBlank(message = "{sub.error.chooseOutcome}")
            @Pattern(regexp = "accept|return", message = "{sub.error.chooseOutcome}") String outcome,
            @Nullable @Size(max = 2000) String message) {

        public ScreenForm {
            outcome = FormText.clean(outcome);
            message = FormText.clean(message);
        }

        public boolean accepted() {
            return "accept".equals(outcome);
        }
    }

    /** 採否の決定: adopted with an amount, or not adopted with a reason. */
    @Introspected
    @Serdeable
    public record DecisionForm(
            @Nullable @NotBlank(message = "{sub.error.chooseDecision}")
            @Pattern(regexp = "adopt|reject", message = "{sub.error.chooseDecision}") String decision,
            @Nullable @Pattern(regexp = Inputs.YEN, message = "{sub.error.yen}") String amount,
            @Nullable @Size(max = 2000) String reason) {

        public DecisionForm {
            decision = FormText.clean(decision);
            amount = FormText.number(amount);
            reason = FormText.clean(reason);
        }

        public boolean adopted() {
            return "adopt".equals(decision);
        }
    }

    /** 額の確定: what was paid in advance (概算払い), if anything. */
    @Introspected
    @Serdeable
    public record ConfirmForm(@Nullable @Pattern(regexp = Inputs.YEN, message = "{sub.error.yen}") String paidAmount) {

        public ConfirmForm {
            paidAmount = FormText.number(paidAmount);
        }
    }

    /** 取下げ・事業中止: why. */
    @Introspected
    @Serdeable
    public record WithdrawForm(@Nullable @NotBlank @Size(max = 1000) String reason) {

        public WithdrawForm {
            reason = FormText.clean(reason);
        }
    }

    /** A reviewer's declaration of a conflict of interest (利害関係の申告): why. */
    @Introspected
    @Serdeable
    public record ConflictForm(@Nullable @NotBlank @Size(max = 300) String reason) {

        public ConflictForm {
            reason = FormText.clean(reason);
        }
    }

    /**
     * A reviewer's scores: one {@code criterionId} and one {@code score} (1–5) per criterion of the
     * rubric, in the page's order, and a comment.
     */
    @Introspected
    @Serdeable
    public record ScoreForm(@Nullable List<String> criterionId, @Nullable List<String> score,
                            @Nullable @Size(max = 2000) String comment) {

        public ScoreForm {
            criterionId = Inputs.cleanAll(criterionId);
            score = score == null ? null : score.stream().map(FormText::number).toList();
            comment = FormText.clean(comment);
        }

        /** The score typed for a criterion; null when none, or when the criterion came more than once. */
        public String scoreOf(long criterion) {
            if (criterionId == null || score == null) {
                return null;
            }
            String id = String.valueOf(criterion);
            int index = criterionId.indexOf(id);
            return index < 0 || index != criterionId.lastIndexOf(id) || index >= score.size() ? null : score.get(index);
        }
    }

    /** The running order of a 審査会: per application of the window, its place and start time. */
    @Introspected
    @Serdeable
    public record SlotsForm(@Nullable List<String> applicationId, @Nullable List<String> slotOrder,
                            @Nullable List<String> slotTime) {

        public SlotsForm {
            applicationId = Inputs.cleanAll(applicationId);
            slotOrder = slotOrder == null ? null : slotOrder.stream().map(FormText::number).toList();
            slotTime = slotTime == null ? null : slotTime.stream().map(Inputs::timeText).toList();
        }

        /** The row of an application ({@code -1} when it is not in the form, or more than once). */
        int rowOf(long application) {
            if (applicationId == null) {
                return -1;
            }
            String id = String.valueOf(application);
            int index = applicationId.indexOf(id);
            return index == applicationId.lastIndexOf(id) ? index : -1;
        }

        String orderAt(int row) {
            return slotOrder == null || row < 0 || row >= slotOrder.size() ? null : slotOrder.get(row);
        }

        String timeAt(int row) {
            return slotTime == null || row < 0 || row >= slotTime.size() ? null : slotTime.get(row);
        }
    }

    /** The reviewers who sit at a window's 審査会: one checkbox per reviewer. */
    @Introspected
    @Serdeable
    public record ReviewersForm(@Nullable List<String> reviewerIds) {

        /** The ids ticked (anything else is not an id of the list and is not read). */
        public List<Long> ids() {
            return reviewerIds == null ? List.of() : reviewerIds.stream().map(FormText::ascii)
                    .map(Inputs::id).filter(java.util.Objects::nonNull).distinct().toList();
        }
    }
}
