package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CsvFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ledger as a CSV for Excel: the totals line, then one line per window and category. */
@Singleton
public class LedgerCsv {

    /** What a download sends: the file's name and its bytes in the chosen encoding. */
    public record Download(String fileName, byte[] content, CsvFiles.Encoding encoding) {
    }

    private final Ledger ledger;

    LedgerCsv(Ledger ledger) {
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    public Optional<Download> export(long programId, CsvFiles.Encoding encoding) {
        return ledger.report(programId).map(r -> {
            Ledger.Totals t = r.totals();
            List<List<?>> rows = new ArrayList<>();
            rows.add(List.of("合計", "", t.budget(), t.requested(), t.awarded(), t.withdrawn(), t.netAwarded(),
                    t.confirmed(), t.remaining(), "", "", ""));
            for (LedgerRow row : r.rows()) {
                rows.add(List.of("第" + row.windowNumber() + "期", row.categoryName(), "", row.requested(), row.awarded(),
                        "", "", "", "", row.applications(), row.adopted(), row.withdrawn()));
            }
            byte[] csv = CsvFiles.write(List.of("募集期", "部門", "予算額", "申請額", "交付決定額", "取下げ・中止額",
                    "差引交付決定額", "確定額", "予算残額", "申請件数", "採択件数", "取下げ件数"), rows, encoding);
            return new Download("補助金執行状況_" + r.program().fiscalYear() + "年度_" + programId + ".csv", csv, encoding);
        });
    }
}
