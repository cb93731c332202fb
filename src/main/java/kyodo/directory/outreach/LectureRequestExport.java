package kyodo.directory.outreach;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CsvFiles;
import kyodo.directory.imports.DirectoryCsv;
import kyodo.directory.internal.DirectoryTexts;
import kyodo.directory.internal.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Every request with the requester's contact details, for staff, as CSV. Every export is logged. */
@Singleton
public class LectureRequestExport {

    private final LectureRequests requests;
    private final DirectoryTexts texts;
    private final AuditLog audit;

    LectureRequestExport(LectureRequests requests, DirectoryTexts texts, AuditLog audit) {
        this.requests = requests;
        this.texts = texts;
        this.audit = audit;
    }

    @Transactional
    public byte[] csv(long actorId, CsvFiles.Encoding encoding) {
        List<List<Object>> rows = new ArrayList<>();
        for (LectureRequest r : requests.list(null)) {
            rows.add(Arrays.asList(r.id(), r.createdAt().toLocalDate(), texts.ja(r.status().labelKey()), r.lectureTitle(),
                    r.groupName(), r.organisation(), r.contactName(), Text.orEmpty(r.phone()), Text.orEmpty(r.email()),
                    r.date1(), Text.orEmpty(r.time1()), Text.orEmpty(r.date2()), Text.orEmpty(r.time2()), r.place(),
                    r.participants(), Text.orEmpty(r.fixedDate()), Text.orEmpty(r.fixedTime()),
                    Text.orEmpty(r.message())));
        }
        audit.record(actorId, AuditLog.PERSONAL_DATA_EXPORTED, LectureRequests.TARGET, null, "rows=" + rows.size());
        return CsvFiles.write(DirectoryCsv.LECTURE_REQUEST_HEADERS, rows, encoding);
    }
}
