package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;

/** The name of one level of a plan: depth 1 推進項目, 2 施策, 3 事業. */
@Introspected
public record Level(int depth, String name) {
}
