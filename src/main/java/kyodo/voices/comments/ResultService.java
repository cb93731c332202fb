package kyodo.voices.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.CsvFiles;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Viewer;
import kyodo.voices.comments.CommentForms.AssignForm;
import kyodo.voices.comments.CommentForms.GroupForm;
import kyodo.voices.comments.CommentForms.ResultForm;
import kyodo.voices.internal.VoicesPermissions;
import kyodo.voices.internal.VoicesTexts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * After the period, the draft's department groups the opinions, writes 市の考え方 for each group and publishes
 * 意見の概要と市の考え方 with the number of opinions and of submitters and what changed in the plan. The opinions
 * themselves (with names and addresses) are seen only by the department and the coordinating staff, and every
 * view or export of them is logged; the published text is checked not to carry a submitter's name.
 */
@Singleton
public class ResultService {

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    /** One group as the result lists it. */
    public record GroupLine(int number, OpinionGroup group, @Nullable String section, long opinions) {
    }

    /** 意見の概要と市の考え方 of a draft. */
    public record Result(Draft draft, OpinionCounts counts, List<GroupLine> groups) {
    }

    /** What the department's page shows after the period: every opinion and the groups. */
    public record Work(Draft draft, List<Opinion> opinions, List<GroupLine> groups, Map<Long, String> sections,
                       long ungrouped) {
    }

    private final CommentRepositories.Drafts drafts;
    private final CommentRepositories.Sections sections;
    private final CommentRepositories.Opinions opinions;
    private final CommentRepositories.Groups groups;
    private final VoicesPermissions permissions;
    private final VoicesTexts texts;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    ResultService(CommentRepositories.Drafts drafts, CommentRepositories.Sections sections,
                  CommentRepositories.Opinions opinions, CommentRepositories.Groups groups, VoicesPermissions permissions,
                  VoicesTexts texts, FormValidator validator, AuditLog audit, CityClock clock) {
        this.drafts = drafts;
        this.sections = sections;
        this.opinions = opinions;
        this.groups = groups;
        this.permissions = permissions;
        this.texts = texts;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** The opinions with their senders, for the department and the coordinators; the view is logged. */
    @Transactional
    public Work work(Viewer viewer, long draftId) {
        Work w = load(viewer, draftId);
        audit.record(viewer.accountId(), AuditLog.PERSONAL_DATA_VIEWED, DraftService.TARGET, Long.toString(draftId),
                "opinions " + w.opinions().size());
        return w;
    }

    private Work load(Viewer viewer, long draftId) {
        Draft d = drafts.findById(draftId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (!permissions.seesPersonalData(viewer, d.departmentId())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.notYourDepartment");
        }
        List<Opinion> all = opinions.ofDraft(draftId);
        return new Work(d, all, lines(d.id(), all), sectionLabels(draftId), all.stream().filter(o -> o.groupId() == null).count());
    }

    private Map<Long, String> sectionLabels(long draftId) {
        return sections.ofDraft(draftId).stream().collect(Collectors.toMap(Section::id, Section::label));
    }

    private List<GroupLine> lines(long draftId, List<Opinion> all) {
        Map<Long, String> labels = sectionLabels(draftId);
        Map<Long, Long> counts = all.stream().filter(o -> o.groupId() != null)
                .collect(Collectors.groupingBy(Opinion::groupId, Collectors.counting()));
        List<GroupLine> out = new ArrayList<>();
        for (OpinionGroup g : groups.ofDraft(draftId)) {
            out.add(new GroupLine(out.size() + 1, g, g.sectionId() == null ? null : labels.get(g.sectionId()),
                    counts.getOrDefault(g.id(), 0L)));
        }
        return out;
    }

    /** The department works on the opinions once the period is over, until the result is published. */
    private Draft working(Viewer viewer, long draftId) {
        Draft d = drafts.findByIdForUpdate(draftId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (!permissions.seesPersonalData(viewer, d.departmentId())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.notYourDepartment");
        }
        if (d.resultPublished()) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.pc.resultPublished");
        }
        if (!d.ended(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.pc.periodNotOver");
        }
        return d;
    }

    /** Adds a group; the same summary sent again (or several times at once: the draft is locked) is the one group. */
    @Transactional
    public long addGroup(Viewer viewer, long draftId, GroupForm form) {
        working(viewer, draftId);
        Long section = checkGroup(draftId, form);
        Optional<OpinionGroup> same = groups.ofDraft(draftId).stream()
                .filter(g -> g.summary().equals(form.groupSummary())).findFirst();
        if (same.isPresent()) {
            return same.get().id();
        }
        long id = groups.save(new OpinionGroup(null, draftId, groups.nextPosition(draftId), section, form.groupSummary(),
                form.groupResponse(), form.changed() != null, viewer.accountId(), clock.now())).id();
        audit.record(viewer.accountId(), "voi.audit.groupSaved", DraftService.TARGET, Long.toString(draftId), "group " + id);
        return id;
    }

    @Transactional
    public void updateGroup(Viewer viewer, long draftId, long groupId, GroupForm form) {
        working(viewer, draftId);
        OpinionGroup g = groups.findOfDraft(groupId, draftId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        Long section = checkGroup(draftId, form);
        groups.update(new OpinionGroup(g.id(), draftId, g.position(), section, form.groupSummary(), form.groupResponse(),
                form.changed() != null, viewer.accountId(), clock.now()));
        audit.record(viewer.accountId(), "voi.audit.groupSaved", DraftService.TARGET, Long.toString(draftId),
                "group " + groupId);
    }

    private Long checkGroup(long draftId, GroupForm form) {
        FieldErrors errors = validator.validate(form);
        Long section = null;
        if (form.groupSection() != null) {
            section = form.groupSection().matches("\\d{1,18}") ? Long.valueOf(form.groupSection()) : -1L;
            if (!sectionLabels(draftId).containsKey(section)) {
                errors.add("groupSection", "voi.error.pc.section");
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        return section;
    }

    /** Puts opinions into a group (or out of every group). */
    @Transactional
    public int assign(Viewer viewer, long draftId, AssignForm form) {
        working(viewer, draftId);
        List<Long> ids = form.opinion().stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf).distinct().toList();
        if (ids.isEmpty()) {
            throw new FormInvalidException("opinion", "voi.error.pc.chooseOpinions");
        }
        Long group = null;
        if (form.assignGroup() != null) {
            group = form.assignGroup().matches("\\d{1,18}") ? Long.valueOf(form.assignGroup()) : -1L;
            if (groups.findOfDraft(group, draftId).isEmpty()) {
                throw new FormInvalidException("assignGroup", "voi.error.pc.chooseGroup");
            }
        }
        int n = opinions.assign(draftId, ids, group);
        audit.record(viewer.accountId(), "voi.audit.opinionsGrouped", DraftService.TARGET, Long.toString(draftId),
                "opinions " + ids + " group " + group);
        return n;
    }

    /**
     * Publishes 意見の概要と市の考え方: every opinion in a group, every group answered and holding opinions, and
     * no submitter's name in what is published.
     */
    @Transactional
    public void publish(Viewer viewer, long draftId, ResultForm form) {
        working(viewer, draftId);
        FieldErrors errors = validator.validate(form);
        List<Opinion> all = opinions.ofDraft(draftId);
        List<GroupLine> lines = lines(draftId, all);
        long ungrouped = all.stream().filter(o -> o.groupId() == null).count();
        if (ungrouped > 0) {
            errors.add(FieldErrors.FORM, "voi.error.pc.ungrouped", ungrouped);
        }
        lines.stream().filter(l -> l.group().response() == null).findFirst()
                .ifPresent(l -> errors.add(FieldErrors.FORM, "voi.error.pc.noResponse", l.number()));
        lines.stream().filter(l -> l.opinions() == 0).findFirst()
                .ifPresent(l -> errors.add(FieldErrors.FORM, "voi.error.pc.emptyGroup", l.number()));
        List<String> published = new ArrayList<>();
        lines.forEach(l -> {
            published.add(l.group().summary());
            published.add(l.group().response());
        });
        published.add(form.resultChanges());
        if (all.stream().map(Opinion::submitterName).anyMatch(name -> carriesName(published, name))) {
            errors.add(FieldErrors.FORM, "voi.error.pc.nameInText");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        drafts.publishResult(draftId, form.resultChanges(), viewer.accountId(), clock.now());
        audit.record(viewer.accountId(), "voi.audit.resultPublished", DraftService.TARGET, Long.toString(draftId),
                "opinions " + all.size() + " groups " + lines.size());
    }

    /** Whether any text contains a name (its surname too, when it is written with a space), of two characters or more. */
    static boolean carriesName(List<String> texts, String name) {
        if (name == null) {
            return false;
        }
        String compact = name.replaceAll("[\\s　]+", "");
        List<String> parts = new ArrayList<>(List.of(name.strip().split("[\\s　]+")));
        parts.add(compact);
        return texts.stream().filter(Objects::nonNull).map(t -> t.replaceAll("[\\s　]+", ""))
                .anyMatch(t -> parts.stream().filter(p -> p.length() >= 2).anyMatch(t::contains));
    }

    /** The published result, for everyone. */
    @Transactional
    public Optional<Result> result(long draftId) {
        return drafts.findById(draftId).filter(Draft::resultPublished).map(d -> {
            List<Opinion> all = opinions.ofDraft(draftId);
            OpinionCounts counts = opinions.counts(List.of(draftId)).stream().findFirst().orElse(OpinionCounts.none(draftId));
            return new Result(d, counts, lines(draftId, all));
        });
    }

    /** The opinions as CSV, with the senders' names and addresses: an export of personal data, logged. */
    @Transactional
    public byte[] csv(Viewer viewer, long draftId, CsvFiles.Encoding encoding) {
        Work w = load(viewer, draftId);
        Map<Long, Integer> groupNumbers = w.groups().stream()
                .collect(Collectors.toMap(l -> l.group().id(), GroupLine::number, (a, b) -> a));
        List<String> header = List.of(texts.ja("voi.csv.receiptNo"), texts.ja("voi.csv.submittedAt"),
                texts.ja("voi.csv.category"), texts.ja("voi.csv.section"), texts.ja("voi.csv.opinion"),
                texts.ja("voi.csv.name"), texts.ja("voi.csv.address"), texts.ja("voi.csv.group"));
        List<List<String>> rows = w.opinions().stream().map(o -> List.of(o.receiptNo(), CSV_TIME.format(o.submittedAt()),
                texts.ja(o.categoryKey()), o.sectionId() == null ? "" : w.sections().getOrDefault(o.sectionId(), ""),
                o.body(), o.submitterName(), o.submitterAddress(),
                o.groupId() == null ? "" : String.valueOf(groupNumbers.getOrDefault(o.groupId(), 0)))).toList();
        audit.record(viewer.accountId(), AuditLog.PERSONAL_DATA_EXPORTED, DraftService.TARGET, Long.toString(draftId),
                "opinions csv rows=" + rows.size());
        return CsvFiles.write(header, rows, encoding);
    }
}
