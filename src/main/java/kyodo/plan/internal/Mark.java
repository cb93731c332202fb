package kyodo.plan.internal;

import java.util.Optional;

/** 進捗状況: ✓ 完了, ◇ 完了の目途, ・ 継続中 (symbol and words in the bundle: pln.mark.*). */
public enum Mark {
    DONE, ON_TRACK, CONTINUING;

    public String labelKey() {
        return "pln.mark." + name();
    }

    public String symbolKey() {
        return "pln.mark." + name() + ".symbol";
    }

    public static Optional<Mark> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Mark m : values()) {
            if (m.name().equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
