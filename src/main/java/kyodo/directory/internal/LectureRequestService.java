package kyodo.directory.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.CsvFiles;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.JapaneseDates;
import kyodo.core.KyodoSettings;
import kyodo.core.Notifier;
import kyodo.core.Role;
import kyodo.directory.internal.LectureRequest.Status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Requests for outreach lectures: a signed-in resident or school sends one, the coordinator
 * moves it 受付 → 調整中 → 成立 / 不成立 / 取下げ, and each change is mailed to the requester
 * (on 成立 to the group's representatives too). The requester's contact details are personal:
 * every view by someone else and every export is written to the audit log.
 */
@Singleton
public class LectureRequestService {

    public record LogEntry(Status status, String note, long actorId, LocalDateTime at) {
    }

    /** A request as the group's representative sees it: contact details only once 成立. */
    public record RepresentativeView(LectureRequest request, boolean contactVisible) {
    }

    private static final String SELECT = "SELECT r.*, l.title AS lecture_title, g.name AS group_name "
            + "FROM dir_lecture_request r JOIN dir_lecture l ON l.id = r.lecture_id JOIN dir_group g ON g.id = r.group_id";

    private final Db db;
    private final FormValidator validator;
    private final LectureService lectures;
    private final GroupService groups;
    private final AccountsApi accounts;
    private final AuditLog audit;
    private final Notifier notifier;
    private final KyodoSettings settings;

    LectureRequestService(Db db, FormValidator validator, LectureService lectures, GroupService groups,
                          AccountsApi accounts, AuditLog audit, Notifier notifier, KyodoSettings settings) {
        this.db = db;
        this.validator = validator;
        this.lectures = lectures;
        this.groups = groups;
        this.accounts = accounts;
        this.audit = audit;
        this.notifier = notifier;
        this.settings = settings;
    }

    public FieldErrors check(LectureRequestInput input) {
        FieldErrors errors = validator.validate(input);
        if (input.reqPhone() == null && input.reqEmail() == null) {
            errors.add("reqPhone", "dir.error.lecReq.contactNeeded");
            errors.add("reqEmail", "dir.error.lecReq.contactNeeded");
        }
        future(errors, "reqDate1", input.reqDate1());
        future(errors, "reqDate2", input.reqDate2());
        if (input.reqParticipants() != null && !errors.has("reqParticipants")
                && Integer.parseInt(input.reqParticipants()) < 1) {
            errors.add("reqParticipants", "core.error.min", 1);
        }
        return errors;
    }

    /** A preferred date must be a real date after today (the group needs time to prepare). */
    private static void future(FieldErrors errors, String field, String value) {
        if (value == null || errors.has(field)) {
            return;
        }
        LocalDate date = parseDate(value);
        if (date == null) {
            errors.add(field, "core.error.date");
        } else if (!date.isAfter(LocalDate.now())) {
            errors.add(field, "dir.error.lecReq.future");
        }
    }

    private static LocalDate parseDate(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Transactional
    public long create(long accountId, long lectureId, LectureRequestInput input) {
        Lecture lecture = lectures.findPublic(lectureId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        FieldErrors errors = check(input);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        LocalDateTime now = LocalDateTime.now();
        long id = db.insert("""
                        INSERT INTO dir_lecture_request (lecture_id, group_id, account_id, organisation, contact_name,
                          phone, email, date1, time1, date2, time2, place, participants, message, status,
                          created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                lecture.id(), lecture.groupId(), accountId, input.reqOrganisation(), input.reqContactName(),
                input.reqPhone(), input.reqEmail(), LocalDate.parse(input.reqDate1()), input.reqTime1(),
                parseDate(input.reqDate2()), input.reqTime2(), input.reqPlace(),
                Integer.parseInt(input.reqParticipants()), input.reqMessage(), Status.RECEIVED, now, now);
        log(id, Status.RECEIVED, null, accountId);
        LectureRequest request = find(id).orElseThrow();
        notifier.sendToAccount(accountId, "【出前講座】お申し込みを受け付けました: " + lecture.title(),
                "出前講座「架け橋」のお申し込みを受け付けました。サポートセンターのコーディネーターが団体と日程を調整し、"
                        + "あらためてご連絡します。\n\n" + summary(request) + "\n\nお申し込みの状況: "
                        + settings.getBaseUrl() + "/lectures/requests/" + id);
        for (AccountSummary coordinator : accounts.withRole(Role.COORDINATOR)) {
            notifier.sendToAccount(coordinator.id(), "【出前講座】新しい申し込み: " + lecture.title(),
                    "出前講座「" + lecture.title() + "」（" + lecture.groupName() + "）に申し込みがありました。\n"
                            + settings.getBaseUrl() + "/admin/lecture-requests/" + id);
        }
        return id;
    }

    /** What was requested, for the e-mails (without the contact details). */
    private static String summary(LectureRequest r) {
        StringBuilder s = new StringBuilder()
                .append("講座: ").append(r.lectureTitle()).append("（").append(r.groupName()).append("）\n")
                .append("団体・学校名: ").append(r.organisation()).append('\n')
                .append("第1希望日: ").append(JapaneseDates.western(r.date1())).append(' ').append(Text.orEmpty(r.time1()));
        if (r.date2() != null) {
            s.append("\n第2希望日: ").append(JapaneseDates.western(r.date2())).append(' ').append(Text.orEmpty(r.time2()));
        }
        return s.append("\n会場: ").append(r.place()).append("\n参加予定人数: ").append(r.participants()).append("人")
                .toString();
    }

    @Transactional
    public Optional<LectureRequest> find(long id) {
        return db.one(SELECT + " WHERE r.id = ?", LectureRequestService::map, id);
    }

    /** The requester's own request (no audit: it is their own data). */
    @Transactional
    public Optional<LectureRequest> findOwn(long accountId, long id) {
        return find(id).filter(r -> r.accountId() == accountId);
    }

    @Transactional
    public List<LectureRequest> ofAccount(long accountId) {
        return db.list(SELECT + " WHERE r.account_id = ? ORDER BY r.created_at DESC, r.id DESC",
                LectureRequestService::map, accountId);
    }

    @Transactional
    public List<LectureRequest> ofGroup(long groupId) {
        return db.list(SELECT + " WHERE r.group_id = ? ORDER BY r.created_at DESC, r.id DESC",
                LectureRequestService::map, groupId);
    }

    /** The coordinator's list, oldest open request first; null status = all. */
    @Transactional
    public List<LectureRequest> list(Status status) {
        return status == null
                ? db.list(SELECT + " ORDER BY r.created_at, r.id LIMIT 1000", LectureRequestService::map)
                : db.list(SELECT + " WHERE r.status = ? ORDER BY r.created_at, r.id LIMIT 1000",
                LectureRequestService::map, status);
    }

    /** A coordinator or staff member opens a request with its contact details: logged. */
    @Transactional
    public Optional<LectureRequest> viewWithContact(long viewerId, long id) {
        Optional<LectureRequest> request = find(id);
        request.filter(r -> r.accountId() != viewerId).ifPresent(r -> audit.record(viewerId, AuditLog.PERSONAL_DATA_VIEWED,
                "lecture_request", String.valueOf(id), "requester contact details"));
        return request;
    }

    /**
     * A request for one of the group's lectures as its representative sees it. Empty when the
     * visitor may not see it. Contact details only once 成立, and then each view is logged.
     */
    @Transactional
    public Optional<RepresentativeView> viewForGroup(long viewerId, Set<Role> roles, long groupId, long id) {
        if (!lectures.canManage(viewerId, roles, groupId)) {
            return Optional.empty();
        }
        return find(id).filter(r -> r.groupId() == groupId).map(r -> {
            boolean visible = r.status() == Status.CONFIRMED;
            if (visible && r.accountId() != viewerId) {
                audit.record(viewerId, AuditLog.PERSONAL_DATA_VIEWED, "lecture_request", String.valueOf(id),
                        "requester contact details (group representative)");
            }
            return new RepresentativeView(r, visible);
        });
    }

    @Transactional
    public List<LogEntry> history(long id) {
        return db.list("SELECT status, note, actor_id, created_at FROM dir_lecture_request_log WHERE request_id = ? "
                        + "ORDER BY created_at, id",
                rs -> new LogEntry(Status.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3),
                        Db.dateTime(rs, "created_at")), id);
    }

    /** The statuses a coordinator can move an open request to. */
    public static List<Status> nextStatuses(Status current) {
        return switch (current) {
            case RECEIVED -> List.of(Status.ARRANGING, Status.CONFIRMED, Status.FAILED, Status.WITHDRAWN);
            case ARRANGING -> List.of(Status.CONFIRMED, Status.FAILED, Status.WITHDRAWN);
            default -> List.of();
        };
    }

    /**
     * The coordinator moves a request on. 成立 needs the fixed date. The requester is told of
     * every change; on 成立 the group's representatives are told too.
     */
    @Transactional
    public void changeStatus(long actorId, long id, String newStatus, String fixedDate, String fixedTime, String note) {
        // Lock the row so two coordinators cannot move the same request at once.
        Status current = db.one("SELECT status FROM dir_lecture_request WHERE id = ? FOR UPDATE",
                rs -> Status.valueOf(rs.getString(1)), id)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        FieldErrors errors = new FieldErrors();
        Status target = Arrays.stream(Status.values()).filter(s -> s.name().equals(newStatus)).findFirst().orElse(null);
        if (target == null) {
            errors.add("reqStatus", "dir.error.choose");
        } else if (!nextStatuses(current).contains(target)) {
            errors.add("reqStatus", "dir.error.lecReq.transition");
        }
        String cleanNote = Text.clean(note);
        if (cleanNote != null && cleanNote.length() > 1000) {
            errors.add("reqNote", "core.error.tooLong", 1000);
        }
        String time = Text.clean(fixedTime);
        if (time != null && time.length() > 50) {
            errors.add("fixedTime", "core.error.tooLong", 50);
        }
        LocalDate fixed = null;
        if (target == Status.CONFIRMED) {
            String d = Text.clean(Text.digits(fixedDate));
            fixed = parseDate(d);
            if (d == null) {
                errors.add("fixedDate", "dir.error.lecReq.fixedDate");
            } else if (fixed == null) {
                errors.add("fixedDate", "core.error.date");
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        db.update("UPDATE dir_lecture_request SET status = ?, fixed_date = ?, fixed_time = ?, updated_at = ? WHERE id = ?",
                target, fixed, target == Status.CONFIRMED ? time : null, LocalDateTime.now(), id);
        log(id, target, cleanNote, actorId);
        audit.record(actorId, "LECTURE_REQUEST_" + target.name(), "lecture_request", String.valueOf(id), cleanNote);
        LectureRequest r = find(id).orElseThrow();
        String link = settings.getBaseUrl() + "/lectures/requests/" + id;
        String body = switch (target) {
            case ARRANGING -> "コーディネーターが団体と日程などを調整しています。決まりしだいご連絡します。";
            case CONFIRMED -> "出前講座の実施が決まりました。\n実施日: " + JapaneseDates.western(fixed) + " "
                    + Text.orEmpty(time) + "\n当日の準備などについて、団体またはサポートセンターからご連絡します。";
            case FAILED -> "申し訳ありません。日程などの都合がつかず、今回は実施できないことになりました。"
                    + "ほかの講座や別の日程でのお申し込みもお待ちしています。";
            case WITHDRAWN -> "お申し込みの取下げを承りました。";
            default -> "";
        };
        notifier.sendToAccount(r.accountId(), "【出前講座】" + target.japanese() + ": " + r.lectureTitle(),
                "出前講座「架け橋」のお申し込みの状況が「" + target.japanese() + "」になりました。\n" + body + "\n\n"
                        + summary(r) + "\n\nお申し込みの状況: " + link);
        if (target == Status.CONFIRMED) {
            for (long rep : representatives(r.groupId())) {
                notifier.sendToAccount(rep, "【出前講座】実施が決まりました: " + r.lectureTitle(),
                        "団体「" + r.groupName() + "」の出前講座の実施が決まりました。\n実施日: " + JapaneseDates.western(fixed)
                                + " " + Text.orEmpty(time) + "\n\n" + summary(r)
                                + "\n\n申込者の連絡先は次のページで確認できます（閲覧は記録されます）。\n"
                                + settings.getBaseUrl() + "/groups/" + r.groupId() + "/lecture-requests/" + id);
            }
        }
    }

    /** A coordinator's note, kept with the request (not sent to anyone). */
    @Transactional
    public void addNote(long actorId, long id, String note) {
        String clean = Text.clean(note);
        if (clean == null) {
            throw new FormInvalidException("reqNoteOnly", "core.error.required");
        }
        if (clean.length() > 1000) {
            throw new FormInvalidException(FieldErrors.none().add("reqNoteOnly", "core.error.tooLong", 1000));
        }
        Status current = find(id).map(LectureRequest::status)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        log(id, current, clean, actorId);
    }

    /** The requester withdraws an open request (取下げ). */
    @Transactional
    public void withdraw(long accountId, long id) {
        int changed = db.update("UPDATE dir_lecture_request SET status = 'WITHDRAWN', updated_at = ? "
                + "WHERE id = ? AND account_id = ? AND status IN ('RECEIVED', 'ARRANGING')", LocalDateTime.now(), id, accountId);
        if (changed == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.lecReq.notOpen");
        }
        log(id, Status.WITHDRAWN, null, accountId);
        LectureRequest r = find(id).orElseThrow();
        notifier.sendToAccount(accountId, "【出前講座】取下げ: " + r.lectureTitle(),
                "出前講座「架け橋」のお申し込みの取下げを承りました。\n\n" + summary(r));
        for (AccountSummary coordinator : accounts.withRole(Role.COORDINATOR)) {
            notifier.sendToAccount(coordinator.id(), "【出前講座】申込者が取り下げました: " + r.lectureTitle(),
                    settings.getBaseUrl() + "/admin/lecture-requests/" + id);
        }
    }

    private List<Long> representatives(long groupId) {
        return db.list("SELECT account_id FROM dir_group_member WHERE group_id = ? AND member_role = 'REPRESENTATIVE'",
                rs -> rs.getLong(1), groupId);
    }

    private void log(long requestId, Status status, String note, long actorId) {
        db.update("INSERT INTO dir_lecture_request_log (request_id, status, note, actor_id, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", requestId, status, note, actorId, LocalDateTime.now());
    }

    /** Every request with the requester's contact details, for staff. The export is logged. */
    @Transactional
    public byte[] exportCsv(long actorId, CsvFiles.Encoding encoding) {
        List<List<Object>> rows = new ArrayList<>();
        for (LectureRequest r : list(null)) {
            rows.add(Arrays.asList(r.id(), r.createdAt().toLocalDate(), r.status().japanese(), r.lectureTitle(),
                    r.groupName(), r.organisation(), r.contactName(), Text.orEmpty(r.phone()), Text.orEmpty(r.email()),
                    r.date1(), Text.orEmpty(r.time1()), Text.orEmpty(r.date2()), Text.orEmpty(r.time2()), r.place(),
                    r.participants(), Text.orEmpty(r.fixedDate()), Text.orEmpty(r.fixedTime()),
                    Text.orEmpty(r.message())));
        }
        audit.record(actorId, AuditLog.PERSONAL_DATA_EXPORTED, "lecture_request", null, "rows=" + rows.size());
        return CsvFiles.write(List.of("申込番号", "受付日", "状況", "講座名", "団体名", "団体・学校名", "担当者名", "電話番号",
                "メールアドレス", "第1希望日", "第1希望の時間", "第2希望日", "第2希望の時間", "会場", "参加予定人数", "実施日",
                "実施時間", "メッセージ"), rows, encoding);
    }

    static LectureRequest map(ResultSet rs) throws SQLException {
        return new LectureRequest(rs.getLong("id"), rs.getLong("lecture_id"), rs.getString("lecture_title"),
                rs.getLong("group_id"), rs.getString("group_name"), rs.getLong("account_id"),
                rs.getString("organisation"), rs.getString("contact_name"), rs.getString("phone"),
                rs.getString("email"), Db.date(rs, "date1"), rs.getString("time1"), Db.date(rs, "date2"),
                rs.getString("time2"), rs.getString("place"), rs.getInt("participants"), rs.getString("message"),
                Status.valueOf(rs.getString("status")), Db.date(rs, "fixed_date"), rs.getString("fixed_time"),
                Db.dateTime(rs, "created_at"), Db.dateTime(rs, "updated_at"));
    }
}
