package kyodo.directory.imports;

import kyodo.directory.groups.GroupFinder;
import kyodo.directory.groups.GroupRepository;
import kyodo.directory.groups.GroupService;
import kyodo.directory.volunteers.Supporters;
import kyodo.directory.matching.MatchService;
import kyodo.directory.volunteers.VolunteerService;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CsvFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A person's own data (JSON or CSV) and the staff's volunteer and group exports. */
@Singleton
public class VolunteerExport {

    private final VolunteerService volunteers;
    private final DirectoryCsv csv;
    private final Supporters supporters;
    private final MatchService matches;
    private final GroupFinder groups;
    private final GroupRepository groupRows;
    private final AuditLog audit;
    private final JsonMapper json;

    VolunteerExport(VolunteerService volunteers, DirectoryCsv csv, Supporters supporters, MatchService matches, GroupFinder groups,
                    GroupRepository groupRows, AuditLog audit, JsonMapper json) {
        this.volunteers = volunteers;
        this.csv = csv;
        this.supporters = supporters;
        this.matches = matches;
        this.groups = groups;
        this.groupRows = groupRows;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    public String ownJson(long accountId) {
        Map<String, Object> out = new LinkedHashMap<>();
        volunteers.findByAccount(accountId).ifPresentOrElse(v -> {
            Map<String, Object> reg = new LinkedHashMap<>();
            List<String> header = DirectoryCsv.headers(DirectoryCsv.VOLUNTEER_COLUMNS);
            List<String> row = csv.volunteerRow(v, true);
            for (int i = 0; i < header.size(); i++) {
                reg.put(header.get(i), row.get(i));
            }
            reg.put("登録日時", v.createdAt().toString());
            reg.put("更新日時", v.updatedAt().toString());
            out.put("ボランティア登録", reg);
            List<Map<String, Object>> history = new ArrayList<>();
            for (MatchService.MatchView m : matches.forVolunteer(v.id())) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("依頼", m.post().title());
                h.put("状態", m.match().status().name());
                h.put("打診日時", m.match().proposedAt().toString());
                h.put("活動日", m.match().activityDate() == null ? "" : m.match().activityDate().toString());
                h.put("活動時間（分）", m.match().minutes() == null ? "" : m.match().minutes().toString());
                h.put("あなたの感想", m.match().volunteerFeedback() == null ? "" : m.match().volunteerFeedback());
                history.add(h);
            }
            out.put("マッチング履歴", history);
        }, () -> out.put("ボランティア登録", null));
        supporters.of(accountId).ifPresent(s -> out.put("まちづくりサポーター",
                Map.of("登録日", s.since().toString(), "理由", s.source())));
        List<String> memberships = new ArrayList<>();
        groups.groupsOf(accountId).forEach((g, role) -> memberships.add(g.name() + "（" + (role == GroupService.MemberRole.REPRESENTATIVE ? "代表者" : "メンバー") + "）"));
        out.put("所属団体", memberships);
        try {
            return json.writeValueAsString(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public byte[] ownCsv(long accountId, CsvFiles.Encoding encoding) {
        List<List<String>> rows = volunteers.findByAccount(accountId)
                .map(v -> List.of(csv.volunteerRow(v, true))).orElse(List.of());
        return CsvFiles.write(DirectoryCsv.headers(DirectoryCsv.VOLUNTEER_COLUMNS), rows, encoding);
    }

    /** All active volunteers; names and contacts only for staff. Every export is logged. */
    @Transactional
    public byte[] volunteersCsv(long actorId, boolean personal, CsvFiles.Encoding encoding) {
        List<List<String>> rows = volunteers.allActive().stream().map(v -> csv.volunteerRow(v, personal)).toList();
        audit.record(actorId, personal ? AuditLog.PERSONAL_DATA_EXPORTED : "dir.audit.dataExported", "dir.audit.target.volunteer", null,
                "volunteers.csv rows=" + rows.size() + (personal ? " with personal columns" : " without personal columns"));
        return CsvFiles.write(DirectoryCsv.headers(DirectoryCsv.VOLUNTEER_COLUMNS), rows, encoding);
    }

    @Transactional
    public byte[] groupsCsv(long actorId, boolean personal, CsvFiles.Encoding encoding) {
        List<List<String>> rows = groups.findAll(groupRows.approvedIds()).stream()
                .map(g -> csv.groupRow(g, personal)).toList();
        audit.record(actorId, personal ? AuditLog.PERSONAL_DATA_EXPORTED : "dir.audit.dataExported", "dir.audit.target.group", null,
                "groups.csv rows=" + rows.size());
        return CsvFiles.write(DirectoryCsv.headers(DirectoryCsv.GROUP_COLUMNS), rows, encoding);
    }
}
