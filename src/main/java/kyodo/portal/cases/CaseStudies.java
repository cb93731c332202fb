package kyodo.portal.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;
import kyodo.portal.cases.CaseRepositories.PhotoRow;
import kyodo.core.NoScript;
import kyodo.portal.internal.Photos;
import kyodo.subsidies.AdoptedProject;
import kyodo.subsidies.SubsidiesApi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** 活動事例: staff write a group's story (perhaps from a subsidy project or a match), add photos, and publish it with consent. */
@Singleton
public class CaseStudies {

    static final int MAX_PHOTOS = 6;

    private final CaseRepositories.Cases cases;
    private final CaseRepositories.Photos photos;
    private final DirectoryApi directory;
    private final SubsidiesApi subsidies;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    CaseStudies(CaseRepositories.Cases cases, CaseRepositories.Photos photos, DirectoryApi directory, SubsidiesApi subsidies,
                FormValidator validator, AuditLog audit, CityClock clock) {
        this.cases = cases;
        this.photos = photos;
        this.directory = directory;
        this.subsidies = subsidies;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** Released, adopted subsidy projects a story can start from. */
    @Transactional
    public List<AdoptedProject> projects() {
        return subsidies.adoptedProjects();
    }

    /** A new form, started from a subsidy project when one is named (its group and title). */
    @Transactional
    public CaseForm start(String formKey, @Nullable Long fromProject) {
        AdoptedProject p = fromProject == null ? null
                : subsidies.adoptedProjects().stream().filter(a -> a.applicationId() == fromProject).findFirst().orElse(null);
        if (p == null) {
            return new CaseForm(formKey, "", "", "", "", "NONE", "", "", "", "");
        }
        String group = directory.findGroup(p.groupId()).map(GroupSummary::name).orElse("");
        return new CaseForm(formKey, p.title(), Long.toString(p.groupId()), group, "", "SUBSIDY", Long.toString(p.applicationId()),
                "", "", "");
    }

    record Checked(Long groupId, String groupName, Long originId, LocalDate consentOn) {
    }

    private Checked check(CaseForm form) {
        FieldErrors errors = validator.validate(form);
        Long groupId = null;
        String groupName = form.groupName();
        if (!errors.has("groupId") && form.groupId() != null) {
            GroupSummary g = directory.findGroup(Long.parseLong(form.groupId())).orElse(null);
            if (g == null) {
                errors.add("groupId", "por.error.chooseGroup");
            } else {
                groupId = g.id();
                groupName = g.name();
            }
        }
        if (groupName == null && !errors.has("groupId") && !errors.has("groupName")) {
            errors.add("groupName", "core.error.required");
        }
        Long originId = null;
        if (!errors.has("originKind") && !"NONE".equals(form.originKind())) {
            if (form.originId() == null && !errors.has("originId")) {
                errors.add("originId", "core.error.required");
            } else if (!errors.has("originId")) {
                originId = Long.parseLong(form.originId());
                long id = originId;
                if ("SUBSIDY".equals(form.originKind()) && subsidies.adoptedProjects().stream().noneMatch(a -> a.applicationId() == id)) {
                    errors.add("originId", "por.error.noSuchProject");
                }
            }
        }
        LocalDate consentOn = null;
        if (!errors.has("consentOn") && form.consentOn() != null) {
            try {
                consentOn = LocalDate.parse(form.consentOn());
                if (consentOn.isAfter(clock.today())) {
                    errors.add("consentOn", "por.error.future");
                }
            } catch (DateTimeParseException e) {
                errors.add("consentOn", "core.error.date");
            }
        }
        if (form.isPublished() && (form.consentBy() == null || form.consentOn() == null) && !errors.has("consentBy")) {
            errors.add("consentBy", "por.error.consentRequired");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        return new Checked(groupId, groupName, originId, consentOn);
    }

    @Transactional
    public long create(CaseForm form, long staffId) {
        Checked c = check(form);
        Optional<CaseStudy> already = cases.findByFormKey(form.formKey());
        if (already.isPresent()) {
            return already.get().id();
        }
        try {
            CaseStudy saved = cases.save(new CaseStudy(null, form.formKey(), form.title(), c.groupId(), c.groupName(), form.body(),
                    form.originKind(), c.originId(), form.consentBy(), c.consentOn(), form.isPublished(), staffId, clock.now(), clock.now()));
            audit.record(staffId, "por.audit.caseWritten", "por.audit.target.case", saved.id().toString(), form.title());
            return saved.id();
        } catch (DataAccessException sameFormAtOnce) {
            return cases.findByFormKey(form.formKey()).map(CaseStudy::id)
                    .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "por.error.alreadySaved"));
        }
    }

    @Transactional
    public void update(long id, CaseForm form, long staffId) {
        Checked c = check(form);
        CaseStudy old = cases.findById(id).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        cases.update(new CaseStudy(id, old.formKey(), form.title(), c.groupId(), c.groupName(), form.body(), form.originKind(),
                c.originId(), form.consentBy(), c.consentOn(), form.isPublished(), old.createdBy(), old.createdAt(), clock.now()));
        audit.record(staffId, "por.audit.caseChanged", "por.audit.target.case", Long.toString(id), form.published());
    }

    @Transactional
    public void addPhoto(long caseId, @Nullable String altText, @Nullable String fileName, @Nullable byte[] bytes, long staffId) {
        cases.findById(caseId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        String alt = altText == null ? "" : altText.strip();
        if (alt.isEmpty() || alt.length() > 200 || !NoScript.safe(alt)) {
            throw new FormInvalidException("altText", alt.isEmpty() ? "por.error.altText" : alt.length() > 200 ? "core.error.tooLong"
                    : "core.error.script");
        }
        Photos.Checked checked = Photos.check("photo", fileName, bytes, Photos.IMAGES);
        if (photos.countByCaseId(caseId) >= MAX_PHOTOS) {
            throw new FormInvalidException(new FieldErrors().add("photo", "por.error.tooManyPhotos", MAX_PHOTOS));
        }
        photos.save(new CasePhoto(null, caseId, checked.fileName(), checked.contentType(), checked.content().length, checked.content(),
                alt, clock.now()));
        audit.record(staffId, "por.audit.casePhotoAdded", "por.audit.target.case", Long.toString(caseId), null);
    }

    @Transactional
    public List<CaseStudy> published() {
        return cases.findPublished();
    }

    /** When any case study last changed (written, edited, published or taken down). */
    @Transactional
    public Optional<java.time.LocalDateTime> lastChange() {
        return cases.lastChange().stream().findFirst();
    }

    @Transactional
    public List<CaseStudy> forEditors() {
        return cases.findForEditors();
    }

    /** A case study the visitor may read: published with consent, or any for editors. */
    @Transactional
    public Optional<CaseStudy> find(long id, boolean editor) {
        return cases.findById(id).filter(c -> editor || (c.published() && c.consented()));
    }

    @Transactional
    public List<PhotoRow> photosOf(long caseId) {
        return photos.findRows(caseId);
    }

    @Transactional
    public Optional<CasePhoto> photo(long photoId, boolean editor) {
        return photos.findById(photoId).filter(p -> find(p.caseId(), editor).isPresent());
    }
}
