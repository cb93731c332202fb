package kyodo.directory.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.KyodoSettings;
import kyodo.core.Notifier;
import kyodo.core.Role;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The もとむ/ゆずる board: posts wait for a coordinator's approval, expire, and can be closed. */
@Singleton
public class PostService {

    /** A post lives this long when the poster gives no end date. */
    public static final int DEFAULT_DAYS = 60;
    public static final int MAX_DAYS = 365;

    /** An open request and how long it has waited without an accepted match. */
    public record OpenRequest(BoardPost post, long proposals, long daysOpen) {
    }

    private final Db db;
    private final FormValidator validator;
    private final GroupService groups;
    private final AccountsApi accounts;
    private final AuditLog audit;
    private final Notifier notifier;
    private final KyodoSettings settings;

    PostService(Db db, FormValidator validator, GroupService groups, AccountsApi accounts, AuditLog audit,
                Notifier notifier, KyodoSettings settings) {
        this.db = db;
        this.validator = validator;
        this.groups = groups;
        this.accounts = accounts;
        this.audit = audit;
        this.notifier = notifier;
        this.settings = settings;
    }

    @Transactional
    public long create(long accountId, PostInput input) {
        FieldErrors errors = validator.validate(input);
        BoardPost.Kind kind = parse(BoardPost.Kind.class, input.kind());
        BoardPost.Category category = parse(BoardPost.Category.class, input.category());
        if (input.kind() != null && kind == null) {
            errors.add("kind", "dir.error.choose");
        }
        if (input.category() != null && category == null) {
            errors.add("category", "dir.error.choose");
        }
        BoardPost.PropertyKind property = parse(BoardPost.PropertyKind.class, input.propertyKind());
        if (category == BoardPost.Category.PROPERTY && property == null) {
            errors.add("propertyKind", "dir.error.choose");
        }
        LocalDate neededOn = date(input.neededOn(), "neededOn", errors);
        LocalDate expiresOn = date(input.expiresOn(), "expiresOn", errors);
        LocalDate today = LocalDate.now();
        if (neededOn != null && neededOn.isBefore(today)) {
            errors.add("neededOn", "core.error.future");
        }
        if (expiresOn != null && (expiresOn.isBefore(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS)))) {
            errors.add("expiresOn", "dir.error.expiry", MAX_DAYS);
        }
        if (input.availability() != null && input.availability().stream().anyMatch(c -> Availability.bit(c) < 0)) {
            errors.add("availability", "dir.error.choose");
        }
        Long groupId = null;
        if (input.groupId() != null) {
            try {
                groupId = Long.valueOf(input.groupId());
            } catch (NumberFormatException e) {
                groupId = -1L;
            }
            if (!groups.isMember(accountId, groupId)) {
                errors.add("groupId", "dir.error.choose");
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        if (expiresOn == null) {
            expiresOn = neededOn != null ? neededOn : today.plusDays(DEFAULT_DAYS);
        }
        int availability = Availability.mask(input.availability());
        if (availability == 0 && neededOn != null) {
            // A request for a given day overlaps every period of that weekday.
            availability = Availability.ofDay(neededOn.getDayOfWeek());
        }
        long id = db.insert("""
                        INSERT INTO dir_post (kind, category, title, body, needed_on, time_text, availability, place,
                          school_district, area, skills, field_mask, people_needed, property_kind, owner_intention,
                          account_id, group_id, status, expires_on, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""",
                kind, category, input.postTitle(), input.postBody(), neededOn, input.timeText(), availability,
                input.place(), input.schoolDistrict(), input.area(), input.skills(),
                ActivityField.mask(ActivityField.parseAll(input.activityFields())),
                input.peopleNeeded() == null ? null : Integer.valueOf(input.peopleNeeded()),
                category == BoardPost.Category.PROPERTY ? property : null, input.ownerIntention(), accountId, groupId,
                expiresOn, LocalDateTime.now());
        for (AccountSummary coordinator : accounts.withRole(Role.COORDINATOR)) {
            notifier.sendToAccount(coordinator.id(), "【掲示板】承認待ち: " + input.postTitle(),
                    "掲示板に新しい投稿があります。内容を確認し、承認してください。\n" + settings.getBaseUrl() + "/board/" + id);
        }
        return id;
    }

    @Transactional
    public void approve(long coordinatorId, long postId) {
        if (db.update("UPDATE dir_post SET status = 'PUBLISHED', approved_at = ?, status_note = NULL "
                + "WHERE id = ? AND status IN ('PENDING', 'REJECTED')", LocalDateTime.now(), postId) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.alreadyDecided");
        }
        audit.record(coordinatorId, "POST_APPROVED", "post", String.valueOf(postId), null);
        BoardPost post = find(postId).orElseThrow();
        notifier.sendToAccount(post.accountId(), "【掲示板】掲載しました: " + post.title(),
                "投稿「" + post.title() + "」を掲示板に掲載しました（" + post.expiresOn() + "まで）。\n"
                        + settings.getBaseUrl() + "/board/" + postId);
    }

    @Transactional
    public void reject(long coordinatorId, long postId, String reason) {
        String note = Text.clean(reason);
        if (note == null) {
            throw new FormInvalidException("rejectReason", "core.error.required");
        }
        if (note.length() > 500) {
            throw new FormInvalidException(FieldErrors.none().add("rejectReason", "core.error.tooLong", 500));
        }
        if (db.update("UPDATE dir_post SET status = 'REJECTED', status_note = ? WHERE id = ? AND status = 'PENDING'",
                note, postId) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.alreadyDecided");
        }
        audit.record(coordinatorId, "POST_REJECTED", "post", String.valueOf(postId), note);
        BoardPost post = find(postId).orElseThrow();
        notifier.sendToAccount(post.accountId(), "【掲示板】掲載できませんでした: " + post.title(),
                "投稿「" + post.title() + "」は掲載できませんでした。理由: " + note);
    }

    /** The poster or a coordinator closes a post (found help, item given away, withdrawn). */
    @Transactional
    public void close(long actorId, Set<Role> roles, long postId) {
        BoardPost post = find(postId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (post.accountId() != actorId && !GroupService.isCoordinator(roles)) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.notAllowed");
        }
        if (db.update("UPDATE dir_post SET status = 'CLOSED', closed_at = ? WHERE id = ? AND status <> 'CLOSED'",
                LocalDateTime.now(), postId) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.alreadyClosed");
        }
        audit.record(actorId, "POST_CLOSED", "post", String.valueOf(postId), null);
    }

    @Transactional
    public Optional<BoardPost> find(long id) {
        return db.one("SELECT * FROM dir_post WHERE id = ?", PostService::map, id);
    }

    /** The public board: approved, open, not expired; newest first. */
    @Transactional
    public List<BoardPost> published(BoardPost.Kind kind, ActivityField field, String text, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM dir_post WHERE status = 'PUBLISHED' AND expires_on >= ?");
        List<Object> args = new ArrayList<>(List.of(LocalDate.now()));
        if (kind != null) {
            sql.append(" AND kind = ?");
            args.add(kind);
        }
        if (field != null) {
            sql.append(" AND (field_mask & ?) <> 0");
            args.add(1 << field.ordinal());
        }
        if (text != null) {
            sql.append(" AND (title LIKE ? OR body LIKE ? OR skills LIKE ? OR place LIKE ?)");
            String like = Db.like(text);
            args.addAll(List.of(like, like, like, like));
        }
        sql.append(" ORDER BY approved_at DESC, id DESC LIMIT ?");
        args.add(limit);
        return db.list(sql.toString(), PostService::map, args.toArray());
    }

    @Transactional
    public List<BoardPost> byStatus(BoardPost.Status status) {
        return db.list("SELECT * FROM dir_post WHERE status = ? ORDER BY created_at, id LIMIT 200", PostService::map, status);
    }

    @Transactional
    public List<BoardPost> byAccount(long accountId) {
        return db.list("SELECT * FROM dir_post WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT 200",
                PostService::map, accountId);
    }

    /** Published requests with no accepted or done match, oldest first, with their age in days. */
    @Transactional
    public List<OpenRequest> openRequestsWithoutMatch() {
        LocalDate today = LocalDate.now();
        return db.list("""
                        SELECT p.*, (SELECT COUNT(*) FROM dir_match m WHERE m.post_id = p.id AND m.status = 'PROPOSED') AS proposals
                        FROM dir_post p
                        WHERE p.kind = 'REQUEST' AND p.status = 'PUBLISHED' AND p.expires_on >= ?
                          AND NOT EXISTS (SELECT 1 FROM dir_match m WHERE m.post_id = p.id AND m.status IN ('ACCEPTED', 'DONE'))
                        ORDER BY p.approved_at, p.id LIMIT 200""",
                rs -> {
                    BoardPost post = map(rs);
                    LocalDate since = (post.approvedAt() != null ? post.approvedAt() : post.createdAt()).toLocalDate();
                    return new OpenRequest(post, rs.getLong("proposals"),
                            java.time.temporal.ChronoUnit.DAYS.between(since, today));
                }, today);
    }

    static BoardPost map(ResultSet rs) throws SQLException {
        String property = rs.getString("property_kind");
        return new BoardPost(rs.getLong("id"), BoardPost.Kind.valueOf(rs.getString("kind")),
                BoardPost.Category.valueOf(rs.getString("category")), rs.getString("title"), rs.getString("body"),
                Db.date(rs, "needed_on"), rs.getString("time_text"), rs.getInt("availability"), rs.getString("place"),
                rs.getString("school_district"), rs.getString("area"), rs.getString("skills"), rs.getInt("field_mask"),
                Db.intOrNull(rs, "people_needed"), property == null ? null : BoardPost.PropertyKind.valueOf(property),
                rs.getString("owner_intention"), rs.getLong("account_id"), Db.longOrNull(rs, "group_id"),
                BoardPost.Status.valueOf(rs.getString("status")), rs.getString("status_note"), Db.date(rs, "expires_on"),
                Db.dateTime(rs, "created_at"), Db.dateTime(rs, "approved_at"));
    }

    private static LocalDate date(String value, String field, FieldErrors errors) {
        if (value == null || errors.has(field)) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "core.error.date");
            return null;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String in(Collection<?> values) {
        return String.join(",", values.stream().map(v -> "?").toList());
    }
}
