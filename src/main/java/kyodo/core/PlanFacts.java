package kyodo.core;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.List;

/**
 * What a module recorded for the promotion plan (推進計画). Staff tag things of a module (an event, a
 * subsidy program, an outreach lecture) with the plan items they serve; an item's page for a fiscal
 * year then shows the facts each module gives for its tagged things. One bean per kind of thing; the
 * plan module asks every bean of this type and never reads another module's tables.
 */
public interface PlanFacts {

    /** The kind of thing, stored with each tag: {@code event}, {@code subsidyProgram}, {@code lecture}. */
    String kind();

    /** Message key naming the kind (講座・イベント). */
    String kindLabelKey();

    /** The things that can be tagged, newest first, for the tagging form (value = id). */
    List<Choice> taggable(FiscalYear year);

    /** The name of one thing, for the item's page (empty when it no longer exists). */
    String name(long id);

    /** The facts of the tagged things in a fiscal year, in the order to show them. */
    List<Fact> facts(Collection<Long> ids, FiscalYear year);

    /** One figure: what it counts (a message key), its value, and its unit (a message key, or null). */
    record Fact(String labelKey, long value, @Nullable String unitKey) {
    }
}
