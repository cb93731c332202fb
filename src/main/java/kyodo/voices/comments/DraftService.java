package kyodo.voices.comments;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FileTypes;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Viewer;
import kyodo.voices.comments.CommentForms.DraftForm;
import kyodo.voices.comments.CommentForms.SectionForm;
import kyodo.voices.internal.VoicesPermissions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Staff prepare a draft for public comment (title, department, summary, sections, PDF documents, the period and
 * who may submit) and publish it; once published it no longer changes, so every opinion answers the same draft.
 */
@Singleton
public class DraftService {

    static final String TARGET = "voi.audit.target.draft";
    static final long MAX_DOCUMENT = 10L * 1024 * 1024;
    static final int MAX_DOCUMENTS = 10;

    private final CommentRepositories.Drafts drafts;
    private final CommentRepositories.Sections sections;
    private final CommentRepositories.Documents documents;
    private final VoicesPermissions permissions;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    DraftService(CommentRepositories.Drafts drafts, CommentRepositories.Sections sections,
                 CommentRepositories.Documents documents, VoicesPermissions permissions, FormValidator validator,
                 AuditLog audit, CityClock clock) {
        this.drafts = drafts;
        this.sections = sections;
        this.documents = documents;
        this.permissions = permissions;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Optional<Draft> find(long id) {
        return drafts.findById(id);
    }

    /** A draft citizens may see (published). */
    @Transactional
    public Optional<Draft> published(long id) {
        return drafts.findById(id).filter(Draft::published);
    }

    @Transactional
    public List<Draft> all() {
        return drafts.newestFirst(500);
    }

    @Transactional
    public List<Draft> publishedDrafts() {
        return drafts.published(500);
    }

    @Transactional
    public List<Draft> openToday() {
        return drafts.openOn(clock.today());
    }

    @Transactional
    public List<Section> sections(long draftId) {
        return sections.ofDraft(draftId);
    }

    @Transactional
    public List<DocumentInfo> documents(long draftId) {
        return documents.infosOf(draftId);
    }

    @Transactional
    public Optional<Document> document(long draftId, long documentId) {
        return documents.findOfDraft(documentId, draftId);
    }

    private record Checked(long departmentId, LocalDate opens, LocalDate closes, String eligibility) {
    }

    /**
     * Creates a draft in preparation; the same draft (title, department) sent again while it is prepared, or
     * several times at once, is the one draft (the department's row is locked before the check).
     */
    @Transactional
    public long create(Viewer actor, DraftForm form) {
        Checked c = check(actor, form);
        drafts.lockDepartment(c.departmentId());
        Optional<Long> same = drafts.preparingNamed(c.departmentId(), form.draftTitle());
        if (same.isPresent()) {
            return same.get();
        }
        long id = drafts.save(new Draft(null, form.draftTitle(), c.departmentId(), form.draftSummary(), c.opens(), c.closes(),
                c.eligibility(), form.signInRequired() != null, form.periodNote(), Draft.Status.PREPARING, null,
                actor.accountId(), clock.now(), null, null, null, null)).id();
        audit.record(actor.accountId(), "voi.audit.draftCreated", TARGET, Long.toString(id), form.draftTitle());
        return id;
    }

    @Transactional
    public void update(Viewer actor, long id, DraftForm form) {
        Draft d = preparing(actor, id);
        Checked c = check(actor, form);
        drafts.update(new Draft(d.id(), form.draftTitle(), c.departmentId(), form.draftSummary(), c.opens(), c.closes(),
                c.eligibility(), form.signInRequired() != null, form.periodNote(), d.status(), null, d.createdBy(),
                d.createdAt(), null, null, null, null));
        audit.record(actor.accountId(), "voi.audit.draftUpdated", TARGET, Long.toString(id), form.draftTitle());
    }

    /**
     * The field checks, then the rules: a department the viewer works for, a period that ends after it opens and
     * is 30 days (a shorter one needs its reason), at least one kind of person who may submit.
     */
    private Checked check(Viewer actor, DraftForm form) {
        FieldErrors errors = validator.validate(form);
        Long department = errors.has("departmentId") ? null : Long.valueOf(form.departmentId());
        if (department != null && !permissions.worksFor(actor, department)) {
            errors.add("departmentId", "voi.error.chooseDepartment");
        }
        LocalDate opens = date(form.opensOn(), "opensOn", errors);
        LocalDate closes = date(form.closesOn(), "closesOn", errors);
        if (opens != null && closes != null) {
            if (!closes.isAfter(opens)) {
                errors.add("closesOn", "voi.error.closesBeforeOpens");
            } else if (java.time.temporal.ChronoUnit.DAYS.between(opens, closes) + 1 < Draft.USUAL_DAYS
                    && form.periodNote() == null) {
                errors.add("periodNote", "voi.error.pc.shortPeriod", Draft.USUAL_DAYS);
            }
        }
        List<String> categories = form.eligibility().stream().distinct().toList();
        if (categories.isEmpty() || categories.stream().anyMatch(c -> Arrays.stream(Draft.Category.values())
                .noneMatch(k -> k.name().equals(c)))) {
            errors.add("eligibility", "voi.error.pc.eligibility");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        String eligibility = String.join(",", Arrays.stream(Draft.Category.values()).map(Enum::name)
                .filter(categories::contains).toList());
        return new Checked(department, opens, closes, eligibility);
    }

    static LocalDate date(String value, String field, FieldErrors errors) {
        if (errors.has(field) || value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "core.error.date");
            return null;
        }
    }

    /** The draft, locked, while it is being prepared by someone who works for its department. */
    private Draft preparing(Viewer actor, long id) {
        Draft d = drafts.findByIdForUpdate(id).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (!permissions.worksFor(actor, d.departmentId())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.notYourDepartment");
        }
        if (!d.preparing()) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.pc.alreadyPublished");
        }
        return d;
    }

    @Transactional
    public void addSection(Viewer actor, long id, SectionForm form) {
        preparing(actor, id);
        FieldErrors errors = validator.validate(form);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        sections.save(new Section(null, id, sections.nextPosition(id), form.sectionLabel()));
    }

    @Transactional
    public void removeSection(Viewer actor, long id, long sectionId) {
        preparing(actor, id);
        sections.deleteOfDraft(sectionId, id);
    }

    /** A PDF, recognised by its content (a file merely named .pdf is refused), up to 10 MB, at most 10 per draft. */
    @Transactional
    public void addDocument(Viewer actor, long id, String fileName, byte[] bytes) {
        preparing(actor, id);
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
        if (bytes == null || bytes.length == 0 || name.isEmpty()) {
            throw new FormInvalidException("document", "voi.error.pc.fileMissing");
        }
        if (bytes.length > MAX_DOCUMENT) {
            throw new FormInvalidException(new FieldErrors().add("document", "voi.error.pc.fileTooLarge", MAX_DOCUMENT / 1024 / 1024));
        }
        if (!FileTypes.PDF.equals(FileTypes.detect(bytes).orElse(null))) {
            throw new FormInvalidException("document", "voi.error.pc.notPdf");
        }
        if (!FileTypes.extensionMatches(name, FileTypes.PDF)) {
            throw new FormInvalidException("document", "voi.error.pc.fileNameMismatch");
        }
        if (documents.countOfDraft(id) >= MAX_DOCUMENTS) {
            throw new FormInvalidException(new FieldErrors().add("document", "voi.error.pc.tooManyFiles", MAX_DOCUMENTS));
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        long doc = documents.save(new Document(null, id, name, bytes.length, bytes, actor.accountId(), clock.now())).id();
        audit.record(actor.accountId(), "voi.audit.documentAdded", TARGET, Long.toString(id), name + " (" + doc + ")");
    }

    @Transactional
    public void removeDocument(Viewer actor, long id, long documentId) {
        preparing(actor, id);
        if (documents.deleteOfDraft(documentId, id) > 0) {
            audit.record(actor.accountId(), "voi.audit.documentRemoved", TARGET, Long.toString(id), Long.toString(documentId));
        }
    }

    /** Publishes the draft with its documents; it must have one, and its period must not be over already. */
    @Transactional
    public void publish(Viewer actor, long id) {
        Draft d = preparing(actor, id);
        if (documents.countOfDraft(id) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.pc.noDocument");
        }
        if (d.closesOn().isBefore(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.pc.periodPast");
        }
        drafts.publish(id, actor.accountId(), clock.now());
        audit.record(actor.accountId(), "voi.audit.draftPublished", TARGET, Long.toString(id), d.title());
    }
}
