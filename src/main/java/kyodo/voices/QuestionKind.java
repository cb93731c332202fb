package kyodo.voices;

/** How a question is answered: one choice, several choices, a 0–10 scale, or free text. */
public enum QuestionKind {
    SINGLE, MULTIPLE, SCALE, TEXT;

    /** A choice between listed options (single or multiple). */
    public boolean choice() {
        return this == SINGLE || this == MULTIPLE;
    }

    /** One value at most: a single choice or a point of the scale. */
    public boolean oneValue() {
        return this == SINGLE || this == SCALE;
    }

    public String labelKey() {
        return "voi.qn.kind." + name();
    }
}
