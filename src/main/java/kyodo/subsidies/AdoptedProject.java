package kyodo.subsidies;

/**
 * An adopted project whose result has been released: public information. {@code amount} is the
 * award, or the amount confirmed from the completion report (額の確定) once {@code confirmed}.
 */
public record AdoptedProject(long applicationId, int fiscalYear, int windowNumber, long groupId, String title,
                             String categoryName, long amount, boolean confirmed, boolean withdrawn) {
}
