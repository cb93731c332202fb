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
import kyodo.directory.internal.DirectoryTexts;

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
    private final DirectoryTexts texts;

    VolunteerExport(DirectoryTexts texts, VolunteerService volunteers, DirectoryCsv csv, Supporters supporters, MatchService matches, GroupFinder groups,
                    GroupRepository groupRows, AuditLog audit, JsonMapper json) {
        this.volunteers = volunteers;
        this.csv = csv;
        this.supporters = supporters;
        this.matches = matches;
        this.groups = groups;
        this.groupRows = groupRows;
        this.audit = audit;
        this.json = json;
        this.texts = texts;
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
            reg.put(DirectoryCsv.OWN_POSTAL_CODE, v.postalCode() == null ? "" : v.postalCode());
            reg.put(DirectoryCsv.OWN_ADDRESS, v.address() == null ? "" : v.address());
            reg.put(DirectoryCsv.OWN_REGISTERED_AT, v.createdAt().toString());
            reg.put(DirectoryCsv.OWN_UPDATED_AT, v.updatedAt().toString());
            out.put(DirectoryCsv.OWN_REGISTRATION, reg);
            List<Map<String, Object>> history = new ArrayList<>();
            for (MatchService.MatchView m : matches.forVolunteer(v.id())) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put(DirectoryCsv.OWN_REQUEST, m.post().title());
                h.put(DirectoryCsv.OWN_STATUS, m.match().status().name());
                h.put(DirectoryCsv.OWN_PROPOSED_AT, m.match().proposedAt().toString());
                h.put(DirectoryCsv.OWN_ACTIVITY_DATE, m.match().activityDate() == null ? "" : m.match().activityDate().toString());
                h.put(DirectoryCsv.OWN_MINUTES, m.match().minutes() == null ? "" : m.match().minutes().toString());
                h.put(DirectoryCsv.OWN_FEEDBACK, m.match().volunteerFeedback() == null ? "" : m.match().volunteerFeedback());
                history.add(h);
            }
            out.put(DirectoryCsv.OWN_HISTORY, history);
        }, () -> out.put(DirectoryCsv.OWN_REGISTRATION, null));
        supporters.of(accountId).ifPresent(s -> out.put(DirectoryCsv.OWN_SUPPORTER,
                Map.of(DirectoryCsv.OWN_SUPPORTER_SINCE, s.since().toString(), DirectoryCsv.OWN_SUPPORTER_REASON, s.source())));
        List<String> memberships = new ArrayList<>();
        groups.groupsOf(accountId).forEach((g, role) -> memberships.add(texts.ja("dir.ownData.membership", g.name(),
                texts.ja("dir.memberRole." + role.name()))));
        out.put(DirectoryCsv.OWN_GROUPS, memberships);
        try {
            return json.writeValueAsString(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public byte[] ownCsv(long accountId, CsvFiles.Encoding encoding) {
        // The import's columns, then the postal address (asked on the person's own form only).
        List<List<String>> rows = volunteers.findByAccount(accountId).map(v -> {
            List<String> row = new ArrayList<>(csv.volunteerRow(v, true));
            row.add(v.postalCode() == null ? "" : v.postalCode());
            row.add(v.address() == null ? "" : v.address());
            return List.of((List<String>) row);
        }).orElse(List.of());
        List<String> headers = new ArrayList<>(DirectoryCsv.headers(DirectoryCsv.VOLUNTEER_COLUMNS));
        headers.add(DirectoryCsv.OWN_POSTAL_CODE);
        headers.add(DirectoryCsv.OWN_ADDRESS);
        return CsvFiles.write(headers, rows, encoding);
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
