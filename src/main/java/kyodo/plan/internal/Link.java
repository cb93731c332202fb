package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;

/** 主な関連事業: item → related item, in the sheet's order. */
@Introspected
public record Link(long itemId, long relatedId, int position) {
}
