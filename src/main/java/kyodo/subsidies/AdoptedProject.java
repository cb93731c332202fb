package kyodo.subsidies;

/** An adopted project whose result has been released: public information. */
public record AdoptedProject(long applicationId, int fiscalYear, int windowNumber, long groupId, String title,
                             String categoryName, long amount, boolean withdrawn) {
}
