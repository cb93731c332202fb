package kyodo.support.festa;

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
import kyodo.events.EventSummary;
import kyodo.events.EventsApi;
import kyodo.support.festa.FestaForms.ExhibitForm;
import kyodo.support.festa.FestaForms.FestaForm;
import kyodo.support.festa.FestaForms.PeriodForm;
import kyodo.support.festa.FestaForms.PostForm;
import kyodo.support.festa.FestaRepositories.PhotoRow;
import kyodo.core.NoScript;
import kyodo.support.internal.Uploads;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** 市民活動フェスタ: editions, their display periods, the groups' exhibits and photos, the season's board, the exchange session. */
@Singleton
public class Festas {

    static final int MAX_PHOTOS = 6;

    /** An edition as its page shows it. */
    public record Edition(Festa festa, List<FestaPeriod> periods, List<Exhibit> exhibits, Map<Long, List<PhotoRow>> photos,
                          List<FestaPost> posts, @Nullable EventSummary exchange) {
        public List<PhotoRow> photosOf(long exhibitId) {
            return photos.getOrDefault(exhibitId, List.of());
        }
    }

    private final FestaRepositories.Editions editions;
    private final FestaRepositories.Periods periods;
    private final FestaRepositories.Exhibits exhibits;
    private final FestaRepositories.Photos photos;
    private final FestaRepositories.Posts posts;
    private final DirectoryApi directory;
    private final EventsApi events;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    Festas(FestaRepositories.Editions editions, FestaRepositories.Periods periods, FestaRepositories.Exhibits exhibits,
           FestaRepositories.Photos photos, FestaRepositories.Posts posts, DirectoryApi directory, EventsApi events,
           FormValidator validator, AuditLog audit, CityClock clock) {
        this.editions = editions;
        this.periods = periods;
        this.exhibits = exhibits;
        this.photos = photos;
        this.posts = posts;
        this.directory = directory;
        this.events = events;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Festa> all() {
        return editions.findAllNewestFirst();
    }

    @Transactional
    public List<Festa> published() {
        return editions.findPublished();
    }

    @Transactional
    public Optional<Edition> edition(long id) {
        return editions.findById(id).map(this::edition);
    }

    @Transactional
    public Optional<Edition> publishedEdition(int fiscalYear) {
        return editions.findByFiscalYear(fiscalYear).filter(Festa::published).map(this::edition);
    }

    private Edition edition(Festa f) {
        List<Exhibit> list = exhibits.findByFestaIdOrderByGroupName(f.id());
        Map<Long, List<PhotoRow>> byExhibit = list.isEmpty() ? Map.of()
                : photos.findRows(list.stream().map(Exhibit::id).toList()).stream().collect(Collectors.groupingBy(PhotoRow::exhibitId));
        return new Edition(f, periods.findByFestaIdOrderByStartsOn(f.id()), list, byExhibit, posts.findByFestaIdOrderById(f.id()),
                f.exchangeEventId() == null ? null : events.find(f.exchangeEventId()).orElse(null));
    }

    @Transactional
    public long create(FestaForm form, long staffId) {
        FieldErrors errors = check(form);
        int year = Integer.parseInt(form.fiscalYear());
        if (editions.findByFiscalYear(year).isPresent()) {
            throw new FormInvalidException("fiscalYear", "sup.error.festaExists");
        }
        try {
            Festa saved = editions.save(new Festa(null, year, form.title(), form.summary(),
                    form.exchangeEventId() == null ? null : Long.valueOf(form.exchangeEventId()), form.isPublished(), staffId, clock.now()));
            audit.record(staffId, "sup.audit.festaCreated", "sup.audit.target.festa", saved.id().toString(), Integer.toString(year));
            return saved.id();
        } catch (DataAccessException duplicate) {
            throw new FormInvalidException("fiscalYear", "sup.error.festaExists");
        }
    }

    @Transactional
    public void update(long id, FestaForm form, long staffId) {
        check(form);
        editions.updateBasics(id, form.title(), form.summary(),
                form.exchangeEventId() == null ? null : Long.valueOf(form.exchangeEventId()), form.isPublished());
        audit.record(staffId, "sup.audit.festaUpdated", "sup.audit.target.festa", Long.toString(id), null);
    }

    private FieldErrors check(FestaForm form) {
        FieldErrors errors = validator.validate(form);
        if (!errors.has("exchangeEventId") && form.exchangeEventId() != null
                && events.find(Long.parseLong(form.exchangeEventId())).isEmpty()) {
            errors.add("exchangeEventId", "sup.error.eventNumber");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        return errors;
    }

    @Transactional
    public void addPeriod(long festaId, PeriodForm form, long staffId) {
        FieldErrors errors = validator.validate(form);
        LocalDate starts = date(errors, "startsOn", form.startsOn());
        LocalDate ends = date(errors, "endsOn", form.endsOn());
        if (starts != null && ends != null && ends.isBefore(starts)) {
            errors.add("endsOn", "sup.error.periodOrder");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        try {
            periods.save(new FestaPeriod(null, festaId, form.periodName(), starts, ends, form.periodPlace()));
        } catch (DataAccessException duplicate) {
            throw new FormInvalidException("periodName", "sup.error.periodExists");
        }
        audit.record(staffId, "sup.audit.festaUpdated", "sup.audit.target.festa", Long.toString(festaId), form.periodName());
    }

    @Transactional
    public long addExhibit(long festaId, ExhibitForm form, long staffId) {
        FieldErrors errors = validator.validate(form);
        Long groupId = null;
        String name = form.groupName();
        if (!errors.has("groupId") && form.groupId() != null) {
            GroupSummary g = directory.findGroup(Long.parseLong(form.groupId())).filter(GroupSummary::approved).orElse(null);
            if (g == null) {
                errors.add("groupId", "sup.error.chooseGroup");
            } else {
                groupId = g.id();
                name = g.name();
            }
        }
        if (name == null && !errors.has("groupId") && !errors.has("groupName")) {
            errors.add("groupName", "sup.error.groupName");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        try {
            Exhibit saved = exhibits.save(new Exhibit(null, festaId, groupId, name, form.exhibitText(), form.videoUrl(), clock.now()));
            audit.record(staffId, "sup.audit.exhibitAdded", "sup.audit.target.festa", Long.toString(festaId), name);
            return saved.id();
        } catch (DataAccessException duplicate) {
            throw new FormInvalidException("groupName", "sup.error.exhibitExists");
        }
    }

    @Transactional
    public void addPhoto(long festaId, long exhibitId, @Nullable String altText, @Nullable String fileName, @Nullable byte[] bytes,
                         long staffId) {
        Exhibit e = exhibits.findById(exhibitId).filter(x -> x.festaId() == festaId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        String alt = altText == null ? "" : altText.strip();
        if (alt.isEmpty()) {
            throw new FormInvalidException("altText", "sup.error.altText");
        }
        if (alt.length() > 200 || !NoScript.safe(alt)) {
            throw new FormInvalidException("altText", alt.length() > 200 ? "core.error.tooLong" : "core.error.script");
        }
        Uploads.Checked checked = Uploads.check("photo", fileName, bytes, Uploads.PHOTOS);
        if (photos.countByExhibitId(exhibitId) >= MAX_PHOTOS) {
            throw new FormInvalidException(new FieldErrors().add("photo", "sup.error.tooManyFiles", MAX_PHOTOS));
        }
        photos.save(new ExhibitPhoto(null, e.id(), checked.fileName(), checked.contentType(), checked.content().length,
                checked.content(), alt, clock.now()));
        audit.record(staffId, "sup.audit.photoAdded", "sup.audit.target.festa", Long.toString(festaId), Long.toString(exhibitId));
    }

    /** A photo of a published edition (or of any edition, for staff). */
    @Transactional
    public Optional<ExhibitPhoto> photo(long photoId, boolean staff) {
        return photos.findById(photoId).filter(p -> staff || exhibits.findById(p.exhibitId())
                .flatMap(e -> editions.findById(e.festaId())).map(Festa::published).orElse(false));
    }

    @Transactional
    public void addPost(long festaId, PostForm form, long staffId) {
        FieldErrors errors = validator.validate(form);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        posts.save(new FestaPost(null, festaId, form.postKind(), form.postGroup(), form.postText(), staffId, clock.now()));
        audit.record(staffId, "sup.audit.festaPostAdded", "sup.audit.target.festa", Long.toString(festaId), null);
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
