package kyodo.voices;

import io.micronaut.core.annotation.Nullable;

import java.util.EnumSet;
import java.util.Set;

/**
 * A question as staff type it, before the engine checks it: the text, the kind's name, the choices one per line,
 * the number of an earlier question and the numbers of its choices that make this one apply (「問2で1または2」),
 * a figure code, whether it is an axis of cross-tabulation, the labels of a scale's ends. Messages come back
 * by the form's field names: {@code questionText}, {@code questionKind}, {@code choices},
 * {@code conditionQuestion}, {@code conditionChoices}, {@code questionCode}, {@code lowLabel}, {@code highLabel}.
 */
public record QuestionDraft(@Nullable String text, @Nullable String kind, @Nullable String choices, boolean required,
                            @Nullable String conditionQuestion, @Nullable String conditionChoices,
                            @Nullable String code, boolean breakdown, @Nullable String lowLabel,
                            @Nullable String highLabel, Set<QuestionKind> allowedKinds) {

    /** A question of the simple kind every questionnaire has (text, choice) without conditions or figures. */
    public static QuestionDraft simple(String text, String kind, String choices, boolean required, Set<QuestionKind> allowed) {
        return new QuestionDraft(text, kind, choices, required, null, null, null, false, null, null, allowed);
    }

    public static Set<QuestionKind> allKinds() {
        return EnumSet.allOf(QuestionKind.class);
    }
}
