package kyodo.directory.board;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Role;
import kyodo.core.Viewer;
import kyodo.directory.groups.GroupFinder;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.Availability;
import kyodo.directory.internal.DirectoryMails;
import kyodo.directory.internal.DirectoryPermissions;
import kyodo.directory.internal.Text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The もとむ/ゆずる board: posts wait for a coordinator's approval, expire, and can be closed. */
@Singleton
public class PostService {

    /** A post lives this long when the poster gives no end date. */
    public static final int DEFAULT_DAYS = 60;
    public static final int MAX_DAYS = 365;
    /** Posts one person may send in 24 hours: the board is read by a coordinator, not a machine. */
    public static final int MAX_POSTS_PER_DAY = 10;
    public static final int QUEUE_PAGE_SIZE = 20;

    /** One page of the approval queue, oldest first. */
    public record QueuePage(List<BoardPost> posts, long total, int page, int pages) {
    }

    /** An open request and how long it has waited without an accepted match. */
    public record OpenRequest(BoardPost post, long proposals, long daysOpen) {
    }

    static final String TARGET = "dir.audit.target.post";

    private final PostRepository posts;
    private final FormValidator validator;
    private final GroupFinder groups;
    private final AccountsApi accounts;
    private final AuditLog audit;
    private final DirectoryMails mails;
    private final DirectoryPermissions permissions;
    private final CityClock clock;

    PostService(PostRepository posts, FormValidator validator, GroupFinder groups, AccountsApi accounts, AuditLog audit,
                DirectoryMails mails, DirectoryPermissions permissions, CityClock clock) {
        this.posts = posts;
        this.validator = validator;
        this.groups = groups;
        this.accounts = accounts;
        this.audit = audit;
        this.mails = mails;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional
    public long create(long accountId, PostInput input) {
        if (input.formKey() != null) {
            Optional<BoardPost> already = posts.findByAccountIdAndFormKey(accountId, input.formKey());
            if (already.isPresent()) {
                return already.get().id();
            }
        }
        FieldErrors errors = validator.validate(input);
        if (posts.postedSince(accountId, clock.now().minusHours(24)) >= MAX_POSTS_PER_DAY) {
            errors.add(FieldErrors.FORM, "dir.error.post.tooMany", MAX_POSTS_PER_DAY);
        }
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
        LocalDate today = clock.today();
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
            if (!groups.groupIdsOf(accountId).contains(groupId)) {
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
        BoardPost saved = posts.save(new BoardPost(null, kind, category, input.postTitle(), input.postBody(), neededOn,
                input.timeText(), availability, input.place(), input.schoolDistrict(), input.area(), input.skills(),
                ActivityField.mask(ActivityField.parseAll(input.activityFields())),
                input.peopleNeeded() == null ? null : Integer.valueOf(input.peopleNeeded()),
                category == BoardPost.Category.PROPERTY ? property : null, input.ownerIntention(), accountId, groupId,
                BoardPost.Status.PENDING, null, expiresOn, clock.now(), null, null, input.formKey()));
        mails.postSubmitted(accounts.withRole(Role.COORDINATOR).stream().map(AccountSummary::id).toList(), saved);
        return saved.id();
    }

    @Transactional
    public void approve(long coordinatorId, long postId) {
        if (posts.approve(postId, clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.alreadyDecided");
        }
        audit.record(coordinatorId, "dir.audit.postApproved", TARGET, String.valueOf(postId), null);
        mails.postApproved(find(postId).orElseThrow());
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
        if (posts.reject(postId, note) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.alreadyDecided");
        }
        audit.record(coordinatorId, "dir.audit.postRejected", TARGET, String.valueOf(postId), note);
        mails.postRejected(find(postId).orElseThrow(), note);
    }

    /** The poster or a coordinator closes a post (found help, item given away, withdrawn). */
    @Transactional
    public void close(Viewer actor, long postId) {
        BoardPost post = find(postId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (!permissions.canActOnPost(actor, post.accountId())) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.notAllowed");
        }
        if (posts.close(postId, clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.alreadyClosed");
        }
        audit.record(actor.accountId(), "dir.audit.postClosed", TARGET, String.valueOf(postId), null);
    }

    @Transactional
    public Optional<BoardPost> find(long id) {
        return posts.findById(id);
    }

    /** The public board: approved, open, not expired; newest first. */
    @Transactional
    public List<BoardPost> published(BoardPost.Kind kind, ActivityField field, String text, int limit) {
        return posts.published(clock.today(), kind == null ? "" : kind.name(), field == null ? 0 : 1 << field.ordinal(),
                text == null ? "" : Text.like(text), limit);
    }

    @Transactional
    public List<BoardPost> byStatus(BoardPost.Status status) {
        return posts.byStatus(status.name());
    }

    /** The post an earlier sending of the same form created. */
    @Transactional
    public Optional<Long> sentBefore(long accountId, String formKey) {
        return formKey == null ? Optional.empty() : posts.findByAccountIdAndFormKey(accountId, formKey).map(BoardPost::id);
    }

    @Transactional
    public QueuePage pendingPage(int page) {
        long total = posts.countByStatus(BoardPost.Status.PENDING.name());
        int pages = (int) Math.max(1, (total + QUEUE_PAGE_SIZE - 1) / QUEUE_PAGE_SIZE);
        int safe = Math.min(Math.max(1, page), pages);
        return new QueuePage(posts.pageByStatus(BoardPost.Status.PENDING.name(), QUEUE_PAGE_SIZE, (safe - 1) * QUEUE_PAGE_SIZE),
                total, safe, pages);
    }

    @Transactional
    public List<BoardPost> byAccount(long accountId) {
        return posts.byAccount(accountId);
    }

    /** Published requests with no accepted or done match, oldest first, with their age in days. */
    @Transactional
    public List<OpenRequest> openRequestsWithoutMatch() {
        LocalDate today = clock.today();
        List<OpenRequestRow> rows = posts.openRequestsWithoutMatch(today);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, BoardPost> byId = posts.findByIdIn(rows.stream().map(OpenRequestRow::postId).toList()).stream()
                .collect(Collectors.toMap(BoardPost::id, Function.identity()));
        return rows.stream().filter(r -> byId.containsKey(r.postId())).map(r -> {
            BoardPost post = byId.get(r.postId());
            LocalDate since = (post.approvedAt() != null ? post.approvedAt() : post.createdAt()).toLocalDate();
            return new OpenRequest(post, r.proposals(), ChronoUnit.DAYS.between(since, today));
        }).toList();
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
}
