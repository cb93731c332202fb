package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CsvFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ledger as a CSV for Excel, in Japanese as the city files it: the totals line with the same
 * figures as the page (額の確定による減 included), then one line per window and category.
 */
@Singleton
public class LedgerCsv {

    /** The columns, as keys {@code sub.csv.ledger.column.*}. */
    static final List<String> COLUMNS = List.of("window", "category", "budget", "requested", "awarded", "withdrawn",
            "netAwarded", "confirmed", "reduced", "remaining", "applications", "adopted", "withdrawnCount");

    /** What a download sends: the file's name and its bytes in the chosen encoding. */
    public record Download(String fileName, byte[] content, CsvFiles.Encoding encoding) {
    }

    private final Ledger ledger;
    private final JapaneseTexts texts;

    LedgerCsv(Ledger ledger, JapaneseTexts texts) {
        this.ledger = ledger;
        this.texts = texts;
    }

    @Transactional(readOnly = true)
    public Optional<Download> export(long programId, CsvFiles.Encoding encoding) {
        return ledger.report(programId).map(r -> {
            Ledger.Totals t = r.totals();
            List<List<?>> rows = new ArrayList<>();
            rows.add(List.of(texts.text("sub.csv.ledger.total"), "", t.budget(), t.requested(), t.awarded(),
                    t.withdrawn(), t.netAwarded(), t.confirmed(), t.reducedAtConfirmation(), t.remaining(), "", "", ""));
            for (LedgerRow row : r.rows()) {
                rows.add(List.of(texts.text("sub.window.number", String.valueOf(row.windowNumber())),
                        row.categoryName(), "", row.requested(), row.awarded(), "", "", "", "", "", row.applications(),
                        row.adopted(), row.withdrawn()));
            }
            byte[] csv = CsvFiles.write(COLUMNS.stream().map(c -> texts.text("sub.csv.ledger.column." + c)).toList(),
                    rows, encoding);
            return new Download(texts.text("sub.csv.ledger.fileName", String.valueOf(r.program().fiscalYear()),
                    String.valueOf(programId)), csv, encoding);
        });
    }
}
