package kyodo.directory.outreach;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Viewer;
import kyodo.directory.groups.GroupRepository;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.DirectoryPermissions;
import kyodo.directory.internal.Text;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Outreach lectures (出前講座): a group's representative keeps them; the public catalog lists the published ones. */
@Singleton
public class LectureService {

    static final int MIN_MINUTES = 10;
    static final int MAX_MINUTES = 480;

    public record Search(String text, ActivityField field, LectureAudience audience) {
    }

    static final String TARGET = "dir.audit.target.lecture";

    private final LectureRepository lectures;
    private final GroupRepository groups;
    private final FormValidator validator;
    private final DirectoryPermissions permissions;
    private final AuditLog audit;
    private final CityClock clock;

    LectureService(LectureRepository lectures, GroupRepository groups, FormValidator validator,
                   DirectoryPermissions permissions, AuditLog audit, CityClock clock) {
        this.lectures = lectures;
        this.groups = groups;
        this.validator = validator;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The group's representative(s), or a coordinator, may keep its lectures. */
    public boolean canManage(Viewer viewer, long groupId) {
        return permissions.canEditGroup(viewer, groupId);
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
        // The people counts are numbers only once their own checks passed (text, decimals, 13 digits are field errors).
        Integer min = errors.has("lecMinPeople") ? null : toInt(input.lecMinPeople());
        Integer max = errors.has("lecMaxPeople") ? null : toInt(input.lecMaxPeople());
        if (min != null && max != null && max < min) {
            errors.add("lecMaxPeople", "dir.error.lec.range");
        }
        return errors;
    }

    @Transactional
    public long create(Viewer actor, long groupId, LectureInput input) {
        requireManager(actor, groupId);
        FieldErrors errors = check(input);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        LocalDateTime now = clock.now();
        long id = lectures.save(row(null, groupId, input, actor.accountId(), now, now)).id();
        audit.record(actor.accountId(), "dir.audit.lectureCreated", TARGET, String.valueOf(id), input.lecTitle());
        return id;
    }

    @Transactional
    public void update(Viewer actor, long groupId, long lectureId, LectureInput input) {
        requireManager(actor, groupId);
        LectureRow lecture = lectures.findById(lectureId).filter(l -> l.groupId() == groupId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        FieldErrors errors = check(input);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        lectures.update(row(lecture.id(), groupId, input, lecture.createdBy(), lecture.createdAt(), clock.now()));
        audit.record(actor.accountId(), "dir.audit.lectureUpdated", TARGET, String.valueOf(lectureId), input.lecTitle());
    }

    private static LectureRow row(Long id, long groupId, LectureInput input, long createdBy, LocalDateTime createdAt,
                                  LocalDateTime updatedAt) {
        return new LectureRow(id, groupId, input.lecTitle(), input.lecDescription(), audiences(input),
                input.lecAudienceNote(), Integer.parseInt(input.lecMinutes()), fee(input), input.lecFeeNote(),
                input.lecPrepare(), ActivityField.join(ActivityField.parseAll(input.activityFields())), input.lecArea(),
                toInt(input.lecMinPeople()), toInt(input.lecMaxPeople()), input.published(), createdBy, createdAt,
                updatedAt);
    }

    private void requireManager(Viewer actor, long groupId) {
        if (groups.findById(groupId).isEmpty() || !canManage(actor, groupId)) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.notAllowed");
        }
    }

    @Transactional
    public Optional<Lecture> find(long id) {
        return lectures.listing(id).map(Lecture::of);
    }

    /** A lecture as the public sees it: published, of an approved group. */
    @Transactional
    public Optional<Lecture> findPublic(long id) {
        return find(id).filter(Lecture::isPublic);
    }

    /** Every lecture of a group, hidden ones too (for its representative). */
    @Transactional
    public List<Lecture> ofGroup(long groupId) {
        return lectures.ofGroup(groupId).stream().map(Lecture::of).toList();
    }

    /** The group's public lectures (none while the group is not approved). */
    @Transactional
    public List<Lecture> publicOfGroup(long groupId) {
        return ofGroup(groupId).stream().filter(Lecture::isPublic).toList();
    }

    /** The public catalog: published lectures of approved groups, by group kana then title. */
    @Transactional
    public List<Lecture> catalog(Search search) {
        return lectures.catalog(search.text() == null ? "" : Text.like(search.text()),
                search.field() == null ? "" : search.field().name(),
                search.audience() == null ? "" : search.audience().name()).stream().map(Lecture::of).toList();
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
}
