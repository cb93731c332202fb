package kyodo.events.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;

/** The registration form: companions and up to five answers. */
@Introspected
@Serdeable
public record RegisterForm(@Nullable String eventCompanions, @Nullable String answer1, @Nullable String answer2,
                           @Nullable String answer3, @Nullable String answer4, @Nullable String answer5) {

    static RegisterForm empty() {
        return new RegisterForm("0", "", "", "", "", "");
    }

    List<String> answers() {
        List<String> list = new ArrayList<>();
        list.add(answer1);
        list.add(answer2);
        list.add(answer3);
        list.add(answer4);
        list.add(answer5);
        return list;
    }

    /** The answer to question n (1-based), for showing the form again. */
    public String answer(int n) {
        String a = n >= 1 && n <= 5 ? answers().get(n - 1) : null;
        return a == null ? "" : a;
    }
}
