package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What the staff and reviewer forms send. Every value arrives as text so a bad one can be shown again. */
public final class Forms {

    private Forms() {
    }

    @Introspected
    @Serdeable
    public record ProgramForm(@Nullable String fiscalYear, @Nullable String programName, @Nullable String purpose,
                              @Nullable String budget, @Nullable String fundSource,
                              @Nullable List<String> eligibleTypes, @Nullable String guidelines,
                              @Nullable String reportDueDays) {
        public static ProgramForm empty(int year) {
            return new ProgramForm(String.valueOf(year), "", "", "", "ふるさと応援寄附金", List.of("NPO", "CIVIC",
                    "NEIGHBORHOOD", "DISTRICT_COUNCIL"), "", "30");
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
    public record CategoryForm(@Nullable String categoryName, @Nullable String maxAmount, @Nullable String rateNum,
                               @Nullable String rateDen, @Nullable String categoryDescription) {
        public static CategoryForm empty() {
            return new CategoryForm("", "", "1", "2", "");
        }
    }

    @Introspected
    @Serdeable
    public record WindowForm(@Nullable String number, @Nullable String opensAt, @Nullable String closesAt,
                             @Nullable String sessionDate, @Nullable String sessionTime,
                             @Nullable String sessionPlace) {
        public static WindowForm empty(int next) {
            return new WindowForm(String.valueOf(next), "", "", "", "13:30", "");
        }
    }

    @Introspected
    @Serdeable
    public record CriterionForm(@Nullable String criterionName, @Nullable String weight) {
        public static CriterionForm empty() {
            return new CriterionForm("", "1");
        }
    }

    @Introspected
    @Serdeable
    public record ScreenForm(@Nullable String outcome, @Nullable String message) {
    }

    @Introspected
    @Serdeable
    public record DecisionForm(@Nullable String decision, @Nullable String amount, @Nullable String reason) {
    }

    @Introspected
    @Serdeable
    public record ConfirmForm(@Nullable String paidAmount) {
    }

    @Introspected
    @Serdeable
    public record ReasonForm(@Nullable String reason) {
    }
}
