package kyodo.directory.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The volunteer bank: registration with consent, supporters, the coordinators' search, own data and deletion. */
@Singleton
public class VolunteerService {

    public record Supporter(long accountId, LocalDate since, String source) {
    }

    public record VolunteerPage(List<Volunteer> volunteers, long total, int page, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    private final Db db;
    private final FormValidator validator;
    private final AuditLog audit;
    private final RankingRows rankingRows;

    VolunteerService(Db db, FormValidator validator, AuditLog audit, RankingRows rankingRows) {
        this.rankingRows = rankingRows;
        this.db = db;
        this.validator = validator;
        this.audit = audit;
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

    /** Registers or updates the signed-in person's own volunteer registration. */
    @Transactional
    public long saveOwn(long accountId, VolunteerInput input) {
        FieldErrors errors = check(input);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        Optional<Volunteer> existing = findByAccount(accountId);
        LocalDateTime now = LocalDateTime.now();
        if (existing.isPresent()) {
            db.update("""
                            UPDATE dir_volunteer SET name = ?, name_kana = ?, email = ?, phone = ?, contact_method = ?,
                              skills = ?, qualifications = ?, field_mask = ?, availability = ?, area = ?,
                              school_district = ?, consent_share = ?, updated_at = ? WHERE id = ?""",
                    input.volunteerName(), input.nameKana(), input.email(), input.phone(),
                    parseMethod(input.contactMethod()), input.skills(), input.qualifications(),
                    ActivityField.mask(ActivityField.parseAll(input.activityFields())),
                    Availability.mask(input.availability()), input.area(), input.schoolDistrict(),
                    input.consented(), now, existing.get().id());
            rankingRows.changed();
            return existing.get().id();
        }
        return insert(accountId, input, now);
    }

    long insert(Long accountId, VolunteerInput input, LocalDateTime now) {
        rankingRows.changed();
        return db.insert("""
                        INSERT INTO dir_volunteer (account_id, name, name_kana, email, phone, contact_method, skills,
                          qualifications, field_mask, availability, area, school_district, consent_share, active,
                          created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)""",
                accountId, input.volunteerName(), input.nameKana(), input.email(), input.phone(),
                parseMethod(input.contactMethod()), input.skills(), input.qualifications(),
                ActivityField.mask(ActivityField.parseAll(input.activityFields())),
                Availability.mask(input.availability()), input.area(), input.schoolDistrict(), input.consented(),
                now, now);
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
        erase(id);
        db.update("DELETE FROM dir_supporter WHERE account_id = ?", accountId);
        audit.record(accountId, "VOLUNTEER_DELETED", "volunteer", String.valueOf(id), "own registration erased");
        return true;
    }

    private void erase(long id) {
        db.update("""
                UPDATE dir_volunteer SET account_id = NULL, name = '削除済み', name_kana = 'サクジョズミ', email = NULL,
                  phone = NULL, skills = NULL, qualifications = NULL, area = NULL, school_district = NULL,
                  consent_share = FALSE, active = FALSE, field_mask = 0, availability = 0, deleted_at = ?, updated_at = ?
                WHERE id = ?""", LocalDateTime.now(), LocalDateTime.now(), id);
        rankingRows.changed();
        // Free text about the person in matches goes too; the dates and hours stay.
        db.update("UPDATE dir_match SET volunteer_feedback = NULL, requester_feedback = NULL WHERE volunteer_id = ?", id);
    }

    @Transactional
    public Optional<Volunteer> findByAccount(long accountId) {
        return db.one("SELECT * FROM dir_volunteer WHERE account_id = ?", VolunteerService::map, accountId);
    }

    @Transactional
    public Optional<Volunteer> find(long id) {
        return db.one("SELECT * FROM dir_volunteer WHERE id = ?", VolunteerService::map, id);
    }

    /** A coordinator opens a volunteer's record with contact details: written to the audit log. */
    @Transactional
    public Optional<Volunteer> viewWithContacts(long viewerId, long id) {
        Optional<Volunteer> v = find(id);
        v.ifPresent(vol -> {
            if (vol.accountId() == null || vol.accountId() != viewerId) {
                audit.record(viewerId, AuditLog.PERSONAL_DATA_VIEWED, "volunteer", String.valueOf(id), "volunteer contact details");
            }
        });
        return v;
    }

    @Transactional
    public VolunteerPage search(String text, ActivityField field, String district, Boolean supporters, int page,
                                int pageSize) {
        StringBuilder where = new StringBuilder(" WHERE v.active = TRUE");
        List<Object> args = new ArrayList<>();
        if (text != null) {
            String like = Db.like(text);
            where.append(" AND (v.name LIKE ? OR v.name_kana LIKE ? OR v.skills LIKE ? OR v.qualifications LIKE ?)");
            args.addAll(List.of(like, like, like, like));
        }
        if (field != null) {
            where.append(" AND (v.field_mask & ?) <> 0");
            args.add(1 << field.ordinal());
        }
        if (district != null) {
            where.append(" AND (v.school_district LIKE ? OR v.area LIKE ?)");
            args.add(Db.like(district));
            args.add(Db.like(district));
        }
        if (Boolean.TRUE.equals(supporters)) {
            where.append(" AND EXISTS (SELECT 1 FROM dir_supporter s WHERE s.account_id = v.account_id)");
        }
        long total = db.count("SELECT COUNT(*) FROM dir_volunteer v" + where, args.toArray());
        int safePage = Math.max(1, page);
        args.add(pageSize);
        args.add((safePage - 1) * pageSize);
        return new VolunteerPage(db.list("SELECT v.* FROM dir_volunteer v" + where
                + " ORDER BY v.name_kana, v.id LIMIT ? OFFSET ?", VolunteerService::map, args.toArray()),
                total, safePage, pageSize);
    }

    @Transactional
    public Optional<Supporter> supporter(Long accountId) {
        if (accountId == null) {
            return Optional.empty();
        }
        return db.one("SELECT * FROM dir_supporter WHERE account_id = ?",
                rs -> new Supporter(rs.getLong("account_id"), Db.date(rs, "since"), rs.getString("source")), accountId);
    }

    /** Marks an account as まちづくりサポーター; the first reason given is kept. */
    @Transactional
    public boolean markSupporter(long accountId, LocalDate since, String source, Long setBy) {
        int inserted = db.update("INSERT IGNORE INTO dir_supporter (account_id, since, source, set_by) VALUES (?, ?, ?, ?)",
                accountId, since, source.length() > 200 ? source.substring(0, 200) : source, setBy);
        if (inserted > 0) {
            audit.record(setBy, "SUPPORTER_SET", "account", String.valueOf(accountId), source);
        }
        return inserted > 0;
    }

    @Transactional
    public void removeSupporter(long coordinatorId, long accountId) {
        if (db.update("DELETE FROM dir_supporter WHERE account_id = ?", accountId) > 0) {
            audit.record(coordinatorId, "SUPPORTER_REMOVED", "account", String.valueOf(accountId), null);
        }
    }

    static Volunteer map(ResultSet rs) throws SQLException {
        return new Volunteer(rs.getLong("id"), Db.longOrNull(rs, "account_id"), rs.getString("name"),
                rs.getString("name_kana"), rs.getString("email"), rs.getString("phone"),
                Volunteer.ContactMethod.valueOf(rs.getString("contact_method")), rs.getString("skills"),
                rs.getString("qualifications"), rs.getInt("field_mask"), rs.getInt("availability"),
                rs.getString("area"), rs.getString("school_district"), rs.getBoolean("consent_share"),
                rs.getBoolean("active"), Db.dateTime(rs, "created_at"), Db.dateTime(rs, "updated_at"));
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
