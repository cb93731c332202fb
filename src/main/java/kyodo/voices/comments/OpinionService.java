package kyodo.voices.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.Viewer;
import kyodo.voices.comments.CommentForms.OpinionForm;
import kyodo.voices.internal.Receipts;
import kyodo.voices.internal.VoicesMails;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Citizens send opinions on a published draft during its period, with their name and address (or signed in, as
 * the draft requires), and get a receipt: a number and a private link where they can read, and until the period
 * ends change, what they sent. The same opinion sent twice (or four times at once) is kept once.
 */
@Singleton
public class OpinionService {

    static final String TARGET = "voi.audit.target.opinion";

    /** What the receipt page shows. */
    public record Receipt(Opinion opinion, Draft draft, @Nullable Section section) {
    }

    private final CommentRepositories.Drafts drafts;
    private final CommentRepositories.Sections sections;
    private final CommentRepositories.Opinions opinions;
    private final FormValidator validator;
    private final VoicesMails mails;
    private final AuditLog audit;
    private final CityClock clock;

    OpinionService(CommentRepositories.Drafts drafts, CommentRepositories.Sections sections,
                   CommentRepositories.Opinions opinions, FormValidator validator, VoicesMails mails, AuditLog audit,
                   CityClock clock) {
        this.drafts = drafts;
        this.sections = sections;
        this.opinions = opinions;
        this.validator = validator;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends an opinion; returns the stored one (the earlier one when the same opinion was sent already). */
    @Transactional
    public Opinion submit(@Nullable Viewer viewer, long draftId, OpinionForm form) {
        Draft draft = drafts.findById(draftId).filter(Draft::published)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (!draft.open(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.pc.notOpen");
        }
        if (draft.signInRequired() && viewer == null) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.pc.signInRequired");
        }
        Long section = check(draft, form);
        Long account = viewer == null ? null : viewer.accountId();
        String fingerprint = Receipts.fingerprint(account, form.submitterName(), form.submitterAddress(), section,
                form.opinionBody());
        int added = opinions.add(draftId, Receipts.token(), section, form.opinionBody(), form.submitterName(),
                form.submitterAddress(), form.category(), account, Opinion.Channel.WEB.name(), fingerprint, clock.now());
        Opinion opinion = opinions.findByDraftIdAndFingerprint(draftId, fingerprint).orElseThrow();
        if (added == 1) {
            audit.record(account, "voi.audit.opinionSubmitted", TARGET, Long.toString(opinion.id()), "draft " + draftId);
            if (account != null) {
                mails.opinionReceived(account, draft.title(), opinion.receiptNo(), opinion.receiptToken());
            }
        }
        return opinion;
    }

    /** The section the opinion points at (null for the draft as a whole), after the field checks and the draft's rules. */
    private Long check(Draft draft, OpinionForm form) {
        FieldErrors errors = validator.validate(form);
        if (!errors.has("category") && draft.categories().stream().noneMatch(c -> c.name().equals(form.category()))) {
            errors.add("category", "voi.error.pc.category");
        }
        Long section = null;
        if (form.sectionId() != null) {
            section = form.sectionId().matches("\\d{1,18}") ? Long.valueOf(form.sectionId()) : null;
            Long wanted = section;
            if (wanted == null || sections.ofDraft(draft.id()).stream().noneMatch(s -> s.id().equals(wanted))) {
                errors.add("sectionId", "voi.error.pc.section");
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        return section;
    }

    @Transactional
    public Optional<Receipt> receipt(String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return opinions.findByReceiptToken(token).map(this::receiptOf);
    }

    private Receipt receiptOf(Opinion o) {
        Draft d = drafts.findById(o.draftId()).orElseThrow();
        Section s = o.sectionId() == null ? null : sections.findById(o.sectionId()).orElse(null);
        return new Receipt(o, d, s);
    }

    /** The submitter changes their opinion through the receipt link, until the period ends. */
    @Transactional
    public void edit(String token, OpinionForm form) {
        Opinion o = opinions.findByTokenForUpdate(token)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        Draft draft = drafts.findById(o.draftId()).orElseThrow();
        if (!draft.open(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "voi.error.pc.editClosed");
        }
        Long section = check(draft, form);
        String fingerprint = Receipts.fingerprint(o.accountId(), form.submitterName(), form.submitterAddress(), section,
                form.opinionBody());
        try {
            opinions.edit(o.id(), section, form.opinionBody(), form.submitterName(), form.submitterAddress(), form.category(),
                    fingerprint, clock.now());
        } catch (DataAccessException sameAsAnother) {
            throw new FormInvalidException("opinionBody", "voi.error.pc.duplicate");
        }
        audit.record(o.accountId(), "voi.audit.opinionEdited", TARGET, Long.toString(o.id()), "draft " + o.draftId());
    }

    /** Opinions and submitters per draft. */
    @Transactional
    public Map<Long, OpinionCounts> counts(Collection<Long> draftIds) {
        if (draftIds.isEmpty()) {
            return Map.of();
        }
        return opinions.counts(List.copyOf(draftIds)).stream()
                .collect(Collectors.toMap(OpinionCounts::draftId, Function.identity()));
    }
}
