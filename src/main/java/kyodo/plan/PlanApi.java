package kyodo.plan;

import java.util.List;

/** The plan module's public API: which plan items a thing of another module serves. */
public interface PlanApi {

    /** The items of published plans tagged with this thing (kind as its module's PlanFacts names it). */
    List<TaggedItem> itemsServedBy(String kind, long thingId);

    /** A plan item as other modules may show it: "2-(1)-⑥ とみさと協働塾の開催" with a link. */
    record TaggedItem(long planId, long itemId, String number, String name, String path) {
    }
}
