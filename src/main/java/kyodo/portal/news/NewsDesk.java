package kyodo.portal.news;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** News: editors write and change items; visitors read those published and not yet expired. */
@Singleton
public class NewsDesk {

    private final NewsRepository news;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    NewsDesk(NewsRepository news, FormValidator validator, AuditLog audit, CityClock clock) {
        this.news = news;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** A checked form: the dates, or the messages (an expiry before the publication among them). */
    record Dates(LocalDate publishOn, LocalDate expiresOn) {
    }

    Dates check(NewsForm form) {
        FieldErrors errors = validator.validate(form);
        LocalDate publish = date(errors, "publishOn", form.publishOn());
        LocalDate expires = date(errors, "expiresOn", form.expiresOn());
        if (publish != null && expires != null && expires.isBefore(publish)) {
            errors.add("expiresOn", "por.error.expiresBeforePublish");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        return new Dates(publish, expires);
    }

    /** Checks the form for the preview; nothing is written. */
    public void preview(NewsForm form) {
        check(form);
    }

    @Transactional
    public long create(NewsForm form, long editorId) {
        Dates d = check(form);
        Optional<News> already = news.findByFormKey(form.formKey());
        if (already.isPresent()) {
            return already.get().id();
        }
        try {
            News saved = news.save(new News(null, form.formKey(), form.category(), form.title(), form.body(), d.publishOn(),
                    d.expiresOn(), editorId, clock.now(), editorId, clock.now()));
            audit.record(editorId, "por.audit.newsPublished", "por.audit.target.news", saved.id().toString(), form.title());
            return saved.id();
        } catch (DataAccessException sameFormAtOnce) {
            return news.findByFormKey(form.formKey()).map(News::id)
                    .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "por.error.alreadySaved"));
        }
    }

    @Transactional
    public void update(long id, NewsForm form, long editorId) {
        Dates d = check(form);
        News n = news.findById(id).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        news.update(new News(n.id(), n.formKey(), form.category(), form.title(), form.body(), d.publishOn(), d.expiresOn(),
                n.createdBy(), n.createdAt(), editorId, clock.now()));
        audit.record(editorId, "por.audit.newsChanged", "por.audit.target.news", Long.toString(id), form.title());
    }

    @Transactional
    public void delete(long id, long editorId) {
        news.deleteById(id);
        audit.record(editorId, "por.audit.newsDeleted", "por.audit.target.news", Long.toString(id), null);
    }

    @Transactional
    public List<News> visible(String category, int limit) {
        return news.findVisible(clock.today(), category == null ? "" : category, limit);
    }

    /** A visible item (or any, for editors). */
    @Transactional
    public Optional<News> find(long id, boolean editor) {
        return news.findById(id).filter(n -> editor || n.visibleOn(clock.today()));
    }

    @Transactional
    public List<News> forEditors() {
        return news.findForEditors();
    }

    private static LocalDate date(FieldErrors errors, String field, String text) {
        if (errors.has(field) || text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, "core.error.date");
            return null;
        }
    }
}
