package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Introspected;
import kyodo.subsidies.AdoptedProject;

/** An adopted project as the report query reads it ({@code confirmed} and {@code withdrawn} are 0 or 1). */
@Introspected
public record AdoptedRow(long applicationId, int fiscalYear, int windowNumber, long groupId, String title,
                         String categoryName, long amount, int confirmed, int withdrawn) {

    AdoptedProject project() {
        return new AdoptedProject(applicationId, fiscalYear, windowNumber, groupId, title, categoryName, amount,
                confirmed != 0, withdrawn != 0);
    }
}
