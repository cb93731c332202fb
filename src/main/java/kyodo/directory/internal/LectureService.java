package kyodo.directory.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Role;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Outreach lectures (出前講座): a group's representative keeps them; the public catalog lists the published ones. */
@Singleton
public class LectureService {

    static final int MIN_MINUTES = 10;
    static final int MAX_MINUTES = 480;

    public record Search(String text, ActivityField field, LectureAudience audience) {
    }

    private static final String SELECT = "SELECT l.*, g.name AS group_name, g.status AS group_status "
            + "FROM dir_lecture l JOIN dir_group g ON g.id = l.group_id";

    private final Db db;
    private final FormValidator validator;
    private final GroupService groups;
    private final AuditLog audit;

    LectureService(Db db, FormValidator validator, GroupService groups, AuditLog audit) {
        this.db = db;
        this.validator = validator;
        this.groups = groups;
        this.audit = audit;
    }

    /** The group's representative(s), or a coordinator, may keep its lectures. */
    public boolean canManage(long accountId, Set<Role> roles, long groupId) {
        return groups.canEdit(accountId, roles, groupId);
    }

    public FieldErrors check(LectureInput input) {
        FieldErrors errors = validator.validate(input);
        if (LectureAudience.parseAll(input.lecAudiences()).isEmpty()) {
            errors.add("lecAudiences", "dir.error.lec.chooseOne");
        }
        if (input.lecMinutes() != null && !errors.has("lecMinutes")) {
            int minutes = Integer.parseInt(input.lecMinutes());
            if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
                errors.add("lecMinutes", "dir.error.lec.minutes");
            }
        }
        if (input.lecFeeKind() != null && !input.lecFeeKind().equals("FREE") && !input.lecFeeKind().equals("PAID")) {
            errors.add("lecFeeKind", "dir.error.choose");
        }
        if (input.paid() && !errors.has("lecFeeAmount")
                && (input.lecFeeAmount() == null || Integer.parseInt(input.lecFeeAmount()) == 0)) {
            errors.add("lecFeeAmount", "dir.error.lec.feeAmount");
        }
        List<ActivityField> fields = ActivityField.parseAll(input.activityFields());
        if (fields.isEmpty() || fields.size() != input.activityFields().size()) {
            errors.add("activityFields", "dir.error.lec.chooseOne");
        }
        Integer min = toInt(input.lecMinPeople());
        Integer max = toInt(input.lecMaxPeople());
        if (min != null && max != null && !errors.has("lecMinPeople") && !errors.has("lecMaxPeople") && max < min) {
            errors.add("lecMaxPeople", "dir.error.lec.range");
        }
        return errors;
    }

    @Transactional
    public long create(long actorId, Set<Role> roles, long groupId, LectureInput input) {
        requireManager(actorId, roles, groupId);
        FieldErrors errors = check(input);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        LocalDateTime now = LocalDateTime.now();
        long id = db.insert("""
                        INSERT INTO dir_lecture (group_id, title, description, audiences, audience_note, minutes,
                          fee_amount, fee_note, host_prepares, fields, service_area, min_people, max_people, published,
                          created_by, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                groupId, input.lecTitle(), input.lecDescription(), audiences(input), input.lecAudienceNote(),
                Integer.parseInt(input.lecMinutes()), fee(input), input.lecFeeNote(), input.lecPrepare(),
                ActivityField.join(ActivityField.parseAll(input.activityFields())), input.lecArea(),
                toInt(input.lecMinPeople()), toInt(input.lecMaxPeople()), input.lecPublished(), actorId, now, now);
        audit.record(actorId, "LECTURE_CREATED", "lecture", String.valueOf(id), input.lecTitle());
        return id;
    }

    @Transactional
    public void update(long actorId, Set<Role> roles, long groupId, long lectureId, LectureInput input) {
        requireManager(actorId, roles, groupId);
        Lecture lecture = find(lectureId).filter(l -> l.groupId() == groupId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        FieldErrors errors = check(input);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        db.update("""
                        UPDATE dir_lecture SET title = ?, description = ?, audiences = ?, audience_note = ?, minutes = ?,
                          fee_amount = ?, fee_note = ?, host_prepares = ?, fields = ?, service_area = ?, min_people = ?,
                          max_people = ?, published = ?, updated_at = ?
                        WHERE id = ?""",
                input.lecTitle(), input.lecDescription(), audiences(input), input.lecAudienceNote(),
                Integer.parseInt(input.lecMinutes()), fee(input), input.lecFeeNote(), input.lecPrepare(),
                ActivityField.join(ActivityField.parseAll(input.activityFields())), input.lecArea(),
                toInt(input.lecMinPeople()), toInt(input.lecMaxPeople()), input.lecPublished(), LocalDateTime.now(),
                lecture.id());
        audit.record(actorId, "LECTURE_UPDATED", "lecture", String.valueOf(lectureId), input.lecTitle());
    }

    private void requireManager(long actorId, Set<Role> roles, long groupId) {
        if (groups.find(groupId).isEmpty() || !canManage(actorId, roles, groupId)) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.notAllowed");
        }
    }

    @Transactional
    public Optional<Lecture> find(long id) {
        return db.one(SELECT + " WHERE l.id = ?", LectureService::map, id);
    }

    /** A lecture as the public sees it: published, of an approved group. */
    @Transactional
    public Optional<Lecture> findPublic(long id) {
        return find(id).filter(Lecture::isPublic);
    }

    /** Every lecture of a group, hidden ones too (for its representative). */
    @Transactional
    public List<Lecture> ofGroup(long groupId) {
        return db.list(SELECT + " WHERE l.group_id = ? ORDER BY l.title, l.id", LectureService::map, groupId);
    }

    /** The group's public lectures (none while the group is not approved). */
    @Transactional
    public List<Lecture> publicOfGroup(long groupId) {
        return ofGroup(groupId).stream().filter(Lecture::isPublic).toList();
    }

    /** The public catalog: published lectures of approved groups, by group kana then title. */
    @Transactional
    public List<Lecture> catalog(Search search) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE l.published = TRUE AND g.status = 'APPROVED'");
        List<Object> args = new ArrayList<>();
        if (search.text() != null) {
            sql.append(" AND (l.title LIKE ? OR l.description LIKE ? OR l.audience_note LIKE ? OR g.name LIKE ?"
                    + " OR g.name_kana LIKE ? OR l.service_area LIKE ?)");
            String like = Db.like(search.text());
            for (int i = 0; i < 6; i++) {
                args.add(like);
            }
        }
        if (search.field() != null) {
            sql.append(" AND FIND_IN_SET(?, l.fields) > 0");
            args.add(search.field().name());
        }
        if (search.audience() != null) {
            sql.append(" AND FIND_IN_SET(?, l.audiences) > 0");
            args.add(search.audience().name());
        }
        sql.append(" ORDER BY g.name_kana, l.title, l.id LIMIT 500");
        return db.list(sql.toString(), LectureService::map, args.toArray());
    }

    private static String audiences(LectureInput input) {
        return LectureAudience.parseAll(input.lecAudiences()).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Integer fee(LectureInput input) {
        return input.paid() ? toInt(input.lecFeeAmount()) : null;
    }

    private static Integer toInt(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    static Lecture map(ResultSet rs) throws SQLException {
        return new Lecture(rs.getLong("id"), rs.getLong("group_id"), rs.getString("group_name"),
                "APPROVED".equals(rs.getString("group_status")), rs.getString("title"), rs.getString("description"),
                LectureAudience.split(rs.getString("audiences")), rs.getString("audience_note"), rs.getInt("minutes"),
                Db.intOrNull(rs, "fee_amount"), rs.getString("fee_note"), rs.getString("host_prepares"),
                ActivityField.split(rs.getString("fields")), rs.getString("service_area"),
                Db.intOrNull(rs, "min_people"), Db.intOrNull(rs, "max_people"), rs.getBoolean("published"),
                Db.dateTime(rs, "updated_at"));
    }
}
