package kyodo.voices;

/**
 * Which questionnaire of the engine: the owner names the module's kind of questionnaire with its message
 * prefix ({@code dir.survey} for the directory's yearly group survey, {@code voi.survey} for a citizen
 * questionnaire) and {@code ref} is the owner's id for it (the survey round, the questionnaire).
 */
public record QuestionnaireKey(String owner, long ref) {

    public QuestionnaireKey {
        if (owner == null || !owner.matches("[a-z]{2,4}\\.[a-zA-Z]{1,30}")) {
            throw new IllegalArgumentException("An owner is a module prefix and a name, e.g. dir.survey: " + owner);
        }
    }
}
