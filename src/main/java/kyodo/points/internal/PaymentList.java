package kyodo.points.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.CsvFiles;
import kyodo.core.MailTexts;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The payment list city accounting asks for: the approved exchanges and donations of a fiscal year,
 * as CSV (through the one CSV writer, which neutralises formula cells) and as an Excel workbook.
 * Names and addresses are personal data: each download is logged.
 */
@Singleton
public class PaymentList {

    private final ExchangeRequestRepository requests;
    private final AccountsApi accounts;
    private final DirectoryApi directory;
    private final AuditLog audit;
    private final MailTexts texts;

    PaymentList(ExchangeRequestRepository requests, AccountsApi accounts, DirectoryApi directory, AuditLog audit,
                MailTexts texts) {
        this.requests = requests;
        this.accounts = accounts;
        this.directory = directory;
        this.audit = audit;
        this.texts = texts;
    }

    public String fileName(int fiscalYear, String extension) {
        return texts.text("pts.payments.file", fiscalYear, extension);
    }

    @Transactional
    public byte[] csv(int fiscalYear, CsvFiles.Encoding encoding, long actorId) {
        return CsvFiles.write(header(), rows(fiscalYear, actorId), encoding);
    }

    @Transactional
    public byte[] xlsx(int fiscalYear, long actorId) {
        List<List<?>> rows = rows(fiscalYear, actorId);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(texts.text("pts.payments.sheet", fiscalYear));
            Row head = sheet.createRow(0);
            List<String> header = header();
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<?> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        // Text cells stay text: a value starting with = is never a formula in a string cell.
                        row.createCell(c).setCellValue(v == null ? "" : v.toString());
                    }
                }
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> header() {
        return List.of("id", "name", "kana", "area", "kind", "group", "points", "yen", "decidedAt").stream()
                .map(c -> texts.text("pts.payments." + c)).toList();
    }

    private List<List<?>> rows(int fiscalYear, long actorId) {
        List<ExchangeRequest> approved = requests.findOfYear(fiscalYear, ExchangeRequest.Status.APPROVED.name());
        Map<Long, AccountSummary> people = approved.isEmpty() ? Map.of() : accounts.findAll(approved.stream()
                .map(ExchangeRequest::volunteerId).distinct().toList()).stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        List<Long> groupIds = approved.stream().map(ExchangeRequest::groupId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> groups = groupIds.isEmpty() ? Map.of()
                : directory.findGroups(groupIds).stream().collect(Collectors.toMap(GroupSummary::id, GroupSummary::name));
        List<List<?>> rows = new ArrayList<>();
        for (ExchangeRequest r : approved) {
            AccountSummary p = people.get(r.volunteerId());
            rows.add(List.of(r.id(), p == null ? "" : p.displayName(), p == null ? "" : p.nameKana(),
                    p == null || p.area() == null ? "" : p.area(), texts.text(r.kindKey()),
                    r.groupId() == null ? "" : groups.getOrDefault(r.groupId(), ""), r.points(), r.yen(),
                    r.decidedAt() == null ? "" : r.decidedAt().toLocalDate().toString()));
        }
        audit.record(actorId, AuditLog.PERSONAL_DATA_EXPORTED, "pts.audit.target.payments", Integer.toString(fiscalYear),
                rows.size() + " rows");
        return rows;
    }
}
