package kyodo.portal.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.portal.internal.Photos;
import kyodo.portal.library.LibraryForms.CornerForm;
import kyodo.portal.library.LibraryForms.NewsletterForm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Newsletters (PDF issues with a summary) and the 情報コーナー where leaflets are available. */
@Singleton
public class Library {

    private final LibraryRepositories.Newsletters newsletters;
    private final LibraryRepositories.Corners corners;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    Library(LibraryRepositories.Newsletters newsletters, LibraryRepositories.Corners corners, FormValidator validator,
            AuditLog audit, CityClock clock) {
        this.newsletters = newsletters;
        this.corners = corners;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<LibraryRepositories.Issue> issues() {
        return newsletters.findIssues();
    }

    @Transactional
    public Optional<Newsletter> issue(long id) {
        return newsletters.findById(id);
    }

    @Transactional
    public long addIssue(NewsletterForm form, @Nullable String fileName, @Nullable byte[] bytes, long editorId) {
        FieldErrors errors = validator.validate(form);
        LocalDate day = null;
        if (!errors.has("publishedOn")) {
            try {
                day = LocalDate.parse(form.publishedOn());
            } catch (DateTimeParseException e) {
                errors.add("publishedOn", "core.error.date");
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        Photos.Checked pdf = Photos.check("issueFile", fileName, bytes, Photos.PDF);
        try {
            Newsletter saved = newsletters.save(new Newsletter(null, Integer.parseInt(form.issueNumber()), form.title(), day,
                    form.summary(), pdf.fileName(), pdf.content().length, pdf.content(), editorId, clock.now()));
            audit.record(editorId, "por.audit.newsletterAdded", "por.audit.target.newsletter", saved.id().toString(), form.issueNumber());
            return saved.id();
        } catch (DataAccessException duplicate) {
            throw new FormInvalidException("issueNumber", "por.error.issueExists");
        }
    }

    @Transactional
    public List<InfoCorner> corners() {
        return corners.findInOrder();
    }

    @Transactional
    public void addCorner(CornerForm form, long editorId) {
        FieldErrors errors = validator.validate(form);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        try {
            InfoCorner saved = corners.save(new InfoCorner(null, form.cornerName(), form.address(), form.hours(), form.note(), editorId,
                    clock.now()));
            audit.record(editorId, "por.audit.cornerAdded", "por.audit.target.corner", saved.id().toString(), form.cornerName());
        } catch (DataAccessException duplicate) {
            throw new FormInvalidException("cornerName", "por.error.cornerExists");
        }
    }

    @Transactional
    public void removeCorner(long id, long editorId) {
        corners.deleteById(id);
        audit.record(editorId, "por.audit.cornerRemoved", "por.audit.target.corner", Long.toString(id), null);
    }
}
