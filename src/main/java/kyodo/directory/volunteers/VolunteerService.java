package kyodo.directory.volunteers;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.Availability;
import kyodo.directory.internal.DirectoryTexts;
import kyodo.directory.internal.Text;
import kyodo.directory.matching.RankingRows;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The volunteer bank: registration with consent, the coordinators' search, own data and deletion. */
@Singleton
public class VolunteerService {

    public record VolunteerPage(List<Volunteer> volunteers, long total, int page, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    static final String TARGET = "dir.audit.target.volunteer";

    private final VolunteerRepository volunteers;
    private final FormValidator validator;
    private final AuditLog audit;
    private final RankingRows rankingRows;
    private final DirectoryTexts texts;
    private final CityClock clock;

    VolunteerService(VolunteerRepository volunteers, FormValidator validator, AuditLog audit, RankingRows rankingRows,
                     DirectoryTexts texts, CityClock clock) {
        this.volunteers = volunteers;
        this.rankingRows = rankingRows;
        this.validator = validator;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    public FieldErrors check(VolunteerInput input) {
        return rules(input, validator.validate(input));
    }

    /**
     * The same check for a row of a large import: a row that plainly meets every constraint of
     * {@link VolunteerInput} skips the bean validator (the slowest part of checking 100,000 rows);
     * any other row goes through it, so the messages are the same.
     */
    public FieldErrors checkImported(VolunteerInput input) {
        return rules(input, plainlyValid(input) ? new FieldErrors() : validator.validate(input));
    }

    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("[0-9+\\-() ]{10,20}");
    /** Stricter than @Email: only addresses that every e-mail check accepts. */
    private static final java.util.regex.Pattern PLAIN_EMAIL = java.util.regex.Pattern.compile(
            "[A-Za-z0-9_+-]{1,64}(\\.[A-Za-z0-9_+-]{1,64})*@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    /** True only if the bean validator would find nothing wrong (see VolunteerInput's annotations). */
    static boolean plainlyValid(VolunteerInput in) {
        return in.volunteerName() != null && !in.volunteerName().isBlank() && in.volunteerName().length() <= 100
                && in.nameKana() != null && !in.nameKana().isBlank() && in.nameKana().length() <= 100
                && kyodo.core.Kana.matches(in.nameKana())
                && (in.email() == null || in.email().length() <= 100 && PLAIN_EMAIL.matcher(in.email()).matches())
                && (in.phone() == null || PHONE.matcher(in.phone()).matches())
                && (in.postalCode() == null || in.postalCode().matches(PostalCode.PATTERN))
                && (in.address() == null || in.address().length() <= 200)
                && in.contactMethod() != null && !in.contactMethod().isBlank()
                && (in.skills() == null || in.skills().length() <= 1000)
                && (in.qualifications() == null || in.qualifications().length() <= 1000)
                && (in.area() == null || in.area().length() <= 100)
                && (in.schoolDistrict() == null || in.schoolDistrict().length() <= 100);
    }

    private static FieldErrors rules(VolunteerInput input, FieldErrors errors) {
        Volunteer.ContactMethod method = parseMethod(input.contactMethod());
        if (input.contactMethod() != null && method == null) {
            errors.add("contactMethod", "dir.error.choose");
        }
        if (method == Volunteer.ContactMethod.PHONE && input.phone() == null && !errors.has("phone")) {
            errors.add("phone", "dir.error.phoneNeeded");
        }
        if (method == Volunteer.ContactMethod.EMAIL && input.email() == null && !errors.has("email")) {
            errors.add("contactMethod", "dir.error.emailNeeded");
        }
        if (input.activityFields() != null
                && ActivityField.parseAll(input.activityFields()).size() != input.activityFields().size()) {
            errors.add("activityFields", "dir.error.choose");
        }
        if (input.availability() != null && input.availability().stream().anyMatch(c -> Availability.bit(c) < 0)) {
            errors.add("availability", "dir.error.choose");
        }
        if (input.consent() != null && !input.consent().equals("on")) {
            errors.add("consent", "dir.error.consent");
        }
        return errors;
    }

    /**
     * On the person's own form, contact by post needs somewhere to send it: the postal code and the
     * address. (The spreadsheet import has no address columns, so imported rows are not asked.)
     */
    static FieldErrors addressRules(VolunteerInput input, FieldErrors errors) {
        if (parseMethod(input.contactMethod()) == Volunteer.ContactMethod.POST) {
            if (input.postalCode() == null && !errors.has("postalCode")) {
                errors.add("postalCode", "dir.error.postalCodeNeeded");
            }
            if (input.address() == null && !errors.has("address")) {
                errors.add("address", "dir.error.addressNeeded");
            }
        }
        return errors;
    }

    /** Registers or updates the signed-in person's own volunteer registration. */
    @Transactional
    public long saveOwn(long accountId, VolunteerInput input) {
        FieldErrors errors = addressRules(input, check(input));
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        Optional<Volunteer> existing = findByAccount(accountId);
        LocalDateTime now = clock.now();
        rankingRows.changed();
        if (existing.isPresent()) {
            Volunteer v = existing.get();
            volunteers.update(new Volunteer(v.id(), v.accountId(), input.volunteerName(), input.nameKana(), input.email(),
                    input.phone(), input.postalCode(), input.address(), parseMethod(input.contactMethod()), input.skills(), input.qualifications(),
                    ActivityField.mask(ActivityField.parseAll(input.activityFields())),
                    Availability.mask(input.availability()), input.area(), input.schoolDistrict(), input.consented(),
                    v.active(), v.createdAt(), now, v.deletedAt()));
            return v.id();
        }
        return insert(accountId, input, now);
    }

    /** A checked registration, with or without a portal account (the demo data's volunteers have none). */
    public long insert(Long accountId, VolunteerInput input, LocalDateTime now) {
        rankingRows.changed();
        return volunteers.save(new Volunteer(null, accountId, input.volunteerName(), input.nameKana(), input.email(),
                input.phone(), input.postalCode(), input.address(), parseMethod(input.contactMethod()), input.skills(), input.qualifications(),
                ActivityField.mask(ActivityField.parseAll(input.activityFields())), Availability.mask(input.availability()),
                input.area(), input.schoolDistrict(), input.consented(), true, now, now, null)).id();
    }

    /**
     * Deletes the person's registration: personal fields are erased and the link to the account
     * removed, while the row stays so past matches (hours, dates) remain as anonymous history.
     */
    @Transactional
    public boolean deleteOwn(long accountId) {
        Optional<Volunteer> existing = findByAccount(accountId);
        if (existing.isEmpty()) {
            return false;
        }
        long id = existing.get().id();
        volunteers.erase(id, texts.ja("dir.volunteer.erasedName"), texts.ja("dir.volunteer.erasedKana"), clock.now());
        volunteers.eraseFeedback(id);
        rankingRows.changed();
        volunteers.removeSupporter(accountId);
        audit.record(accountId, "dir.audit.volunteerDeleted", TARGET, String.valueOf(id), "own registration erased");
        return true;
    }

    @Transactional
    public Optional<Volunteer> findByAccount(long accountId) {
        return volunteers.findByAccountId(accountId);
    }

    @Transactional
    public Optional<Volunteer> find(long id) {
        return volunteers.findById(id);
    }

    /** A coordinator opens a volunteer's record with contact details: written to the audit log. */
    @Transactional
    public Optional<Volunteer> viewWithContacts(long viewerId, long id) {
        Optional<Volunteer> v = find(id);
        v.ifPresent(vol -> {
            if (vol.accountId() == null || vol.accountId() != viewerId) {
                audit.record(viewerId, AuditLog.PERSONAL_DATA_VIEWED, TARGET, String.valueOf(id), "volunteer contact details");
            }
        });
        return v;
    }

    @Transactional
    public VolunteerPage search(String text, ActivityField field, String district, Boolean supporters, int page,
                                int pageSize) {
        String t = text == null ? "" : Text.like(text);
        int bit = field == null ? 0 : 1 << field.ordinal();
        String d = district == null ? "" : Text.like(district);
        boolean only = Boolean.TRUE.equals(supporters);
        int safePage = Math.max(1, page);
        return new VolunteerPage(volunteers.search(t, bit, d, only, pageSize, (safePage - 1) * pageSize),
                volunteers.countSearch(t, bit, d, only), safePage, pageSize);
    }

    /** Every active volunteer in kana order (the export). */
    @Transactional
    public List<Volunteer> allActive() {
        return volunteers.findAllActive();
    }

    public static Volunteer.ContactMethod parseMethod(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Volunteer.ContactMethod.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
