package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Introspected;

/** One window and category of the ledger. */
@Introspected
public record LedgerRow(int windowNumber, String categoryName, long applications, long adopted, long withdrawn,
                        long requested, long awarded) {
}
