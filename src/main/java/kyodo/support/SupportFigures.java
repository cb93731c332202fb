package kyodo.support;

/**
 * A fiscal year in figures: appreciation letters given to groups and to individuals, insurance claims
 * reported (by the day of the accident) and what ちい寄附 raised in the year's campaigns.
 */
public record SupportFigures(int fiscalYear, long lettersToGroups, long lettersToIndividuals, long claims,
                             long chiiKifuRaised) {

    public long letters() {
        return lettersToGroups + lettersToIndividuals;
    }
}
