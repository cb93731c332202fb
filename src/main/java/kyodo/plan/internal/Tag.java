package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;

/** A thing of another module tagged with an item: kind as that module's PlanFacts names it, and its id. */
@Introspected
public record Tag(long itemId, String kind, long thingId) {
}
