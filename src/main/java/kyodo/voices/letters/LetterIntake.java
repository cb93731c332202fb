package kyodo.voices.letters;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Viewer;
import kyodo.voices.internal.Departments;
import kyodo.voices.internal.Receipts;
import kyodo.voices.internal.VoicesMails;
import kyodo.voices.letters.LetterForms.LetterForm;
import kyodo.voices.letters.LetterForms.RecordForm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Opinions come in: a citizen sends one from the portal and gets a receipt number (and a mail, with an address);
 * staff record those raised at まちかど市長室 or sent on paper. The coordinating staff are told. The same letter
 * sent twice on one day (or four times at once) is kept once.
 */
@Singleton
public class LetterIntake {

    static final String TARGET = "voi.audit.target.letter";

    private final LetterRepositories.Letters letters;
    private final LetterRepositories.Meetings meetings;
    private final Departments departments;
    private final FormValidator validator;
    private final VoicesMails mails;
    private final AuditLog audit;
    private final CityClock clock;

    LetterIntake(LetterRepositories.Letters letters, LetterRepositories.Meetings meetings, Departments departments,
                 FormValidator validator, VoicesMails mails, AuditLog audit, CityClock clock) {
        this.letters = letters;
        this.meetings = meetings;
        this.departments = departments;
        this.validator = validator;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** A citizen's letter from the portal. */
    @Transactional
    public Letter submit(@Nullable Viewer viewer, LetterForm form) {
        check(form, new FieldErrors());
        return add(form, Letter.Channel.WEB, null, viewer == null ? null : viewer.accountId(), clock.now(), null);
    }

    /** Staff record an opinion from a town meeting or on paper, on the day it was received. */
    @Transactional
    public Letter record(Viewer staff, RecordForm form) {
        FieldErrors errors = validator.validate(form);
        Long event = null;
        if ("TOWN_MEETING".equals(form.channel())) {
            event = form.eventId() != null && form.eventId().matches("\\d{1,18}") ? Long.valueOf(form.eventId()) : null;
            if (event == null || meetings.findById(event).isEmpty()) {
                errors.add("eventId", "voi.error.letter.chooseEvent");
            }
        }
        LocalDate received = null;
        if (!errors.has("receivedOn")) {
            try {
                received = LocalDate.parse(form.receivedOn());
                if (received.isAfter(clock.today())) {
                    errors.add("receivedOn", "voi.error.future");
                }
            } catch (DateTimeParseException e) {
                errors.add("receivedOn", "core.error.date");
            }
        }
        check(form.letter(), errors);
        LocalDateTime at = received.equals(clock.today()) ? clock.now() : received.atTime(12, 0);
        return add(form.letter(), Letter.Channel.valueOf(form.channel()), event, null, at, staff.accountId());
    }

    /**
     * The field checks and the rules: a known topic; a reply needs the sender's name and an address to send it to
     * (e-mail or postal).
     */
    private void check(LetterForm form, FieldErrors errors) {
        errors.addAll(validator.validate(form));
        if (!errors.has("topic") && !Letter.TOPICS.contains(form.topic())) {
            errors.add("topic", "voi.error.letter.topic");
        }
        if (form.wantsReply()) {
            if (form.senderName() == null && !errors.has("senderName")) {
                errors.add("senderName", "voi.error.letter.nameForReply");
            }
            if (form.senderEmail() == null && form.senderAddress() == null && !errors.has("senderEmail")) {
                errors.add("senderEmail", "voi.error.letter.contactForReply");
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
    }

    private Letter add(LetterForm form, Letter.Channel channel, Long eventId, Long accountId, LocalDateTime at, Long recordedBy) {
        String fingerprint = Receipts.fingerprint(channel, eventId, accountId, form.senderName(), form.senderEmail(),
                form.letterTitle(), form.letterBody(), at.toLocalDate());
        int added = letters.add(Receipts.token(), channel.name(), eventId, form.addressedTo(), form.topic(), form.letterTitle(),
                form.letterBody(), form.wantsReply(), form.senderName(), form.senderEmail(), form.senderPhone(),
                form.senderAddress(), form.consents(), accountId, fingerprint, at, at.toLocalDate().plusDays(Letter.TARGET_DAYS),
                recordedBy);
        Letter letter = letters.findByFingerprint(fingerprint).orElseThrow();
        if (added == 1) {
            audit.record(recordedBy != null ? recordedBy : accountId,
                    recordedBy != null ? "voi.audit.letterRecorded" : "voi.audit.letterReceived", TARGET,
                    Long.toString(letter.id()), channel.name());
            if (form.senderEmail() != null && channel == Letter.Channel.WEB) {
                mails.letterReceived(form.senderEmail(), letter.receiptNo(), letter.title(), letter.receiptToken());
            }
            mails.newLetter(departments.staffOf(null, false), letter.receiptNo(), letter.title(), letter.id());
        }
        return letter;
    }

    @Transactional
    public Optional<Letter> receipt(String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return letters.findByReceiptToken(token);
    }

    @Transactional
    public java.util.List<Letter> published() {
        return letters.published(200);
    }

    @Transactional
    public Optional<Letter> publishedLetter(long id) {
        return letters.findById(id).filter(Letter::published);
    }
}
