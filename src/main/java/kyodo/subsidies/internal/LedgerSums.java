package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Introspected;

/** A program's applications summed for the ledger; {@code committed} is what the budget holds now. */
@Introspected
public record LedgerSums(long requested, long awarded, long withdrawn, long confirmed, long reduced, long committed) {
}
