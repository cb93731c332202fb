package kyodo.directory.matching;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.DomainEvents;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormText;
import kyodo.core.Viewer;
import kyodo.directory.MatchCompleted;
import kyodo.directory.MatchReopened;
import kyodo.directory.board.BoardPost;
import kyodo.directory.board.PostRepository;
import kyodo.directory.internal.DirectoryMails;
import kyodo.directory.internal.DirectoryPermissions;
import kyodo.directory.internal.Text;
import kyodo.directory.volunteers.Volunteer;
import kyodo.directory.volunteers.VolunteerRepository;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A match's lifecycle: proposed by a coordinator, answered by the volunteer, done (the points
 * module hears of it) or cancelled, with feedback from both sides. Contact details reach the
 * requester only after the volunteer accepted and consented.
 */
@Singleton
public class MatchService {

    static final String TARGET = "dir.audit.target.match";

    public record MatchView(Match match, BoardPost post, Volunteer volunteer) {
    }

    private final MatchRepository matches;
    private final PostRepository posts;
    private final VolunteerRepository volunteers;
    private final AuditLog audit;
    private final DirectoryMails mails;
    private final DirectoryPermissions permissions;
    private final DomainEvents events;
    private final CityClock clock;

    MatchService(MatchRepository matches, PostRepository posts, VolunteerRepository volunteers, AuditLog audit,
                 DirectoryMails mails, DirectoryPermissions permissions, DomainEvents events, CityClock clock) {
        this.matches = matches;
        this.posts = posts;
        this.volunteers = volunteers;
        this.audit = audit;
        this.mails = mails;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    /** A coordinator proposes a volunteer for a published request; the volunteer is told by e-mail. */
    @Transactional
    public long propose(long coordinatorId, long postId, long volunteerId, String reasons) {
        // Lock the request so the same volunteer cannot be proposed twice at once.
        BoardPost post = posts.findByIdForUpdate(postId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (post.kind() != BoardPost.Kind.REQUEST || !post.isPublic(clock.today())) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.requestNotOpen");
        }
        Volunteer volunteer = volunteers.findById(volunteerId).filter(Volunteer::active)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (matches.countOpen(postId, volunteerId) > 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.alreadyProposed");
        }
        String why = reasons == null ? null : reasons.length() > 1000 ? reasons.substring(0, 1000) : reasons;
        long id = matches.save(new Match(null, postId, volunteerId, Match.Status.PROPOSED, why, coordinatorId,
                clock.now(), null, null, null, null, null, null, null, 1)).id();
        audit.record(coordinatorId, "dir.audit.matchProposed", TARGET, String.valueOf(id),
                "post " + postId + " volunteer " + volunteerId);
        if (volunteer.accountId() != null) {
            mails.matchProposed(volunteer.accountId(), volunteer.name(), post, id);
        }
        return id;
    }

    /** The volunteer answers in the portal (the e-mail links there). */
    @Transactional
    public void respond(long accountId, long matchId, boolean accept) {
        Volunteer volunteer = volunteers.findByAccountId(accountId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        Match match = find(matchId).filter(m -> m.volunteerId() == volunteer.id())
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        answer(accountId, match, accept);
    }

    /** A coordinator records the answer of a volunteer without an account (given by phone). */
    @Transactional
    public void respondFor(long coordinatorId, long matchId, boolean accept) {
        Match match = find(matchId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        answer(coordinatorId, match, accept);
    }

    private void answer(long actorId, Match match, boolean accept) {
        Match.Status status = accept ? Match.Status.ACCEPTED : Match.Status.DECLINED;
        if (matches.answer(match.id(), status.name(), clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.matchNotOpen");
        }
        audit.record(actorId, accept ? "dir.audit.matchAccepted" : "dir.audit.matchDeclined", TARGET,
                String.valueOf(match.id()), null);
        if (accept) {
            mails.matchAccepted(posts.findById(match.postId()).orElseThrow());
        }
    }

    /**
     * The coordinator records the activity as done, with its date and length; {@link MatchCompleted}
     * is published in the same transaction (the points module hears of it after the commit).
     */
    @Transactional
    public void complete(long coordinatorId, long matchId, String date, String minutes) {
        Activity activity = activity(date, minutes);
        if (matches.complete(matchId, activity.day(), activity.minutes(), clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.matchNotAccepted");
        }
        audit.record(coordinatorId, "dir.audit.matchDone", TARGET, String.valueOf(matchId),
                activity.minutes() + " min on " + activity.day());
        publishCompleted(find(matchId).orElseThrow());
    }

    /**
     * A done match's date or length corrected: a new revision, so the points module takes back what
     * the earlier one gave and gives what this one earns.
     */
    @Transactional
    public void correct(long coordinatorId, long matchId, String date, String minutes) {
        Activity activity = activity(date, minutes);
        Match before = find(matchId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (matches.correct(matchId, activity.day(), activity.minutes()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.matchNotDone");
        }
        audit.record(coordinatorId, "dir.audit.matchCorrected", TARGET, String.valueOf(matchId),
                before.minutes() + " min on " + before.activityDate() + " -> " + activity.minutes() + " min on " + activity.day());
        publishCompleted(find(matchId).orElseThrow());
    }

    /** A match recorded as done by mistake is accepted again; what it gave in points is taken back. */
    @Transactional
    public void reopen(long coordinatorId, long matchId) {
        if (matches.reopen(matchId) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.matchNotDone");
        }
        audit.record(coordinatorId, "dir.audit.matchReopened", TARGET, String.valueOf(matchId), null);
        Match match = find(matchId).orElseThrow();
        accountOf(match).ifPresent(account -> events.publish(new MatchReopened(matchId, account, match.revision())));
    }

    private void publishCompleted(Match match) {
        // Points are per portal account; a volunteer only on the center's list has none.
        accountOf(match).ifPresent(account -> events.publish(new MatchCompleted(match.id(), account, match.minutes(),
                match.activityDate(), match.revision())));
    }

    private Optional<Long> accountOf(Match match) {
        return volunteers.findById(match.volunteerId()).map(Volunteer::accountId);
    }

    private record Activity(LocalDate day, int minutes) {
    }

    /** The date (not in the future) and minutes (1 to 24 hours) the coordinator typed, or the field errors. */
    private Activity activity(String date, String minutes) {
        FieldErrors errors = new FieldErrors();
        LocalDate day = null;
        Integer mins = null;
        String typedDate = FormText.ascii(date);
        String typedMinutes = FormText.number(minutes);
        try {
            day = LocalDate.parse(Text.orEmpty(typedDate));
            if (day.isAfter(clock.today())) {
                errors.add("activityDate", "dir.error.notFuture");
            }
        } catch (DateTimeParseException e) {
            errors.add("activityDate", typedDate == null ? "core.error.required" : "core.error.date");
        }
        if (typedMinutes == null) {
            errors.add("minutes", "core.error.required");
        } else if (!typedMinutes.matches("\\d{1,9}")) {
            errors.add("minutes", "core.error.number");
        } else {
            mins = Integer.valueOf(typedMinutes);
            if (mins < 1 || mins > 24 * 60) {
                errors.add("minutes", "dir.error.minutes");
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        return new Activity(day, mins);
    }

    @Transactional
    public void cancel(Viewer actor, long matchId, String reason) {
        Match match = find(matchId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        BoardPost post = posts.findById(match.postId()).orElseThrow();
        if (!permissions.canActOnPost(actor, post.accountId())) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.notAllowed");
        }
        String note = Text.clean(reason);
        if (note != null && note.length() > 500) {
            throw new FormInvalidException(FieldErrors.none().add("cancelReason", "core.error.tooLong", 500));
        }
        if (matches.cancel(matchId, note) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.matchNotOpen");
        }
        audit.record(actor.accountId(), "dir.audit.matchCancelled", TARGET, String.valueOf(matchId), note);
        volunteers.findById(match.volunteerId()).map(Volunteer::accountId)
                .ifPresent(a -> mails.matchCancelled(a, post, note));
    }

    /** Feedback after the activity: the volunteer on their page, the requester on the post. */
    @Transactional
    public void feedback(long accountId, long matchId, String text) {
        String note = Text.clean(text);
        if (note == null) {
            throw new FormInvalidException("feedback", "core.error.required");
        }
        if (note.length() > 1000) {
            throw new FormInvalidException(FieldErrors.none().add("feedback", "core.error.tooLong", 1000));
        }
        Match match = find(matchId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (!match.accepted()) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.matchNotAccepted");
        }
        BoardPost post = posts.findById(match.postId()).orElseThrow();
        boolean isVolunteer = volunteers.findByAccountId(accountId).map(v -> v.id() == match.volunteerId()).orElse(false);
        if (isVolunteer) {
            matches.volunteerFeedback(matchId, note);
        } else if (post.accountId() == accountId) {
            matches.requesterFeedback(matchId, note);
        } else {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.notAllowed");
        }
    }

    /**
     * The volunteer's contact details for the requester: only once the volunteer accepted and
     * consented to sharing them. Each view is logged.
     */
    @Transactional
    public Optional<Volunteer> contactForRequester(Viewer requester, Match match, BoardPost post) {
        if (!permissions.owns(requester, post.accountId())) {
            return Optional.empty();
        }
        Optional<Volunteer> v = volunteers.findById(match.volunteerId())
                .filter(vol -> permissions.requesterSeesVolunteerContact(match.accepted(), vol.consentShare(), vol.active()));
        v.ifPresent(vol -> audit.record(requester.accountId(), AuditLog.PERSONAL_DATA_VIEWED, "dir.audit.target.volunteer",
                String.valueOf(vol.id()), "contact shown to requester of post " + post.id()));
        return v;
    }

    @Transactional
    public Optional<Match> find(long id) {
        return matches.findById(id);
    }

    @Transactional
    public List<MatchView> forVolunteer(long volunteerId) {
        return matches.ofVolunteer(volunteerId).stream()
                .map(m -> new MatchView(m, posts.findById(m.postId()).orElseThrow(), null)).toList();
    }

    @Transactional
    public List<MatchView> forPost(long postId) {
        return matches.ofPost(postId).stream()
                .map(m -> new MatchView(m, null, volunteers.findById(m.volunteerId()).orElseThrow())).toList();
    }
}
