package kyodo.directory.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.KyodoSettings;
import kyodo.core.Notifier;
import kyodo.core.Role;
import kyodo.directory.MatchCompleted;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Coordinator matching: ranked suggestions with their reasons, and each match's lifecycle.
 * Contact details reach the requester only after the volunteer accepted and consented.
 */
@Singleton
public class MatchService {

    /** Matches in this many days count as "matched often lately" for fairness. */
    public static final int FAIRNESS_DAYS = 180;
    static final int MAX_SKILL_TOKENS = 5;

    public record Reason(String key, String arg) {
    }

    public record Suggestion(Volunteer volunteer, int score, List<Reason> reasons, int recentMatches) {
        /** The reasons as stored with a proposal, for the record of why this person was asked. */
        public String summary() {
            return reasons.stream().map(r -> r.arg() == null ? r.key() : r.key() + ":" + r.arg())
                    .collect(Collectors.joining(" / "));
        }
    }

    public record Filters(ActivityField field, String district, boolean availableOnly, String text) {
        public static Filters none() {
            return new Filters(null, null, false, null);
        }

        /** The coordinator's filters and manual search; text matches ignore letter case, like the list's search. */
        boolean accepts(RankingRows.Row v, BoardPost post) {
            return (field == null || (v.fieldMask() & (1 << field.ordinal())) != 0)
                    && (district == null || containsIgnoringCase(v.schoolDistrict(), district)
                        || containsIgnoringCase(v.area(), district))
                    && (!availableOnly || post.availability() == 0 || (v.availability() & post.availability()) != 0)
                    && (text == null || containsIgnoringCase(v.name(), text) || containsIgnoringCase(v.nameKana(), text)
                        || containsIgnoringCase(v.skills(), text) || containsIgnoringCase(v.qualifications(), text));
        }

        private static boolean containsIgnoringCase(String value, String part) {
            return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
        }
    }

    public record MatchView(Match match, BoardPost post, Volunteer volunteer) {
    }

    private final Db db;
    private final PostService posts;
    private final VolunteerService volunteers;
    private final AuditLog audit;
    private final Notifier notifier;
    private final KyodoSettings settings;
    private final ApplicationEventPublisher<MatchCompleted> completed;
    private final RankingRows rankingRows;

    MatchService(Db db, PostService posts, VolunteerService volunteers, AuditLog audit, Notifier notifier,
                 KyodoSettings settings, ApplicationEventPublisher<MatchCompleted> completed, RankingRows rankingRows) {
        this.db = db;
        this.rankingRows = rankingRows;
        this.posts = posts;
        this.volunteers = volunteers;
        this.audit = audit;
        this.notifier = notifier;
        this.settings = settings;
        this.completed = completed;
    }

    /** The skill words of a request: split on Japanese and Latin separators, at most five. */
    static List<String> skillTokens(String skills) {
        if (skills == null) {
            return List.of();
        }
        return Arrays.stream(skills.split("[、，,。・/／\\s　]+")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().limit(MAX_SKILL_TOKENS).toList();
    }

    /**
     * Ranks active volunteers for a request: skills ×3 each, shared fields ×2 each, overlapping
     * time slots (up to 3), same school district 3 / same area 1, never matched +2, each recent
     * match −1 (up to −3). Ties go to those matched less lately, then kana order.
     * <p>The ranking runs over the in-memory copy of {@link RankingRows} (only the match history
     * and the top rows are read from the database). A skill counts when the request's word occurs
     * in the volunteer's skills or qualifications exactly as written, the same test as the reason shown.
     */
    @Transactional
    public List<Suggestion> suggest(BoardPost post, Filters filters, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<String> tokens = skillTokens(post.skills());
        Map<Long, int[]> history = new HashMap<>();
        db.list("""
                        SELECT volunteer_id, SUM(proposed_at >= ?), COUNT(*) FROM dir_match
                        WHERE status IN ('PROPOSED', 'ACCEPTED', 'DONE') GROUP BY volunteer_id""",
                rs -> history.put(rs.getLong(1), new int[]{rs.getInt(2), rs.getInt(3)}),
                LocalDateTime.now().minusDays(FAIRNESS_DAYS));
        Set<Long> alreadyAsked = new HashSet<>(db.list("SELECT volunteer_id FROM dir_match WHERE post_id = ? "
                + "AND status IN ('PROPOSED', 'ACCEPTED', 'DONE')", rs -> rs.getLong(1), post.id()));
        record Ranked(RankingRows.Row row, int score, int recent, int ever) {
        }
        Comparator<Ranked> best = Comparator.comparingInt(Ranked::score).reversed()
                .thenComparingInt(Ranked::recent)
                .thenComparing(r -> r.row().nameKana(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(r -> r.row().id());
        // The top `limit` so far, worst first, so each candidate is compared with the worst kept.
        PriorityQueue<Ranked> top = new PriorityQueue<>(best.reversed());
        boolean anyHistory = !history.isEmpty();
        for (RankingRows.Row v : rankingRows.activeVolunteers()) {
            int[] h = anyHistory ? history.getOrDefault(v.id(), NO_HISTORY) : NO_HISTORY;
            int score = score(post, tokens, v, h[0], h[1]);
            // Most rows cannot enter the top: skip them before any lookup or allocation.
            if (top.size() == limit && score < top.peek().score()) {
                continue;
            }
            if ((anyHistory && alreadyAsked.contains(v.id())) || !filters.accepts(v, post)) {
                continue;
            }
            Ranked r = new Ranked(v, score, h[0], h[1]);
            if (top.size() < limit) {
                top.add(r);
            } else if (best.compare(r, top.peek()) < 0) {
                top.poll();
                top.add(r);
            }
        }
        List<Ranked> ranked = new ArrayList<>(top);
        ranked.sort(best);
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<Long, Volunteer> rows = new HashMap<>();
        db.list("SELECT * FROM dir_volunteer WHERE active = TRUE AND id IN ("
                        + String.join(",", Collections.nCopies(ranked.size(), "?")) + ")", VolunteerService::map,
                ranked.stream().map(r -> r.row().id()).toArray()).forEach(v -> rows.put(v.id(), v));
        return ranked.stream().filter(r -> rows.containsKey(r.row().id())).map(r -> {
            Volunteer v = rows.get(r.row().id());
            return new Suggestion(v, r.score(), reasons(post, tokens, v, r.recent(), r.ever()), r.recent());
        }).toList();
    }

    private static final int[] NO_HISTORY = {0, 0};

    static int score(BoardPost post, List<String> tokens, RankingRows.Row v, int recent, int ever) {
        int score = 0;
        for (String token : tokens) {
            if (contains(v.skills(), token) || contains(v.qualifications(), token)) {
                score += 3;
            }
        }
        score += Integer.bitCount(v.fieldMask() & post.fieldMask()) * 2;
        score += Math.min(Integer.bitCount(v.availability() & post.availability()), 3);
        if (post.schoolDistrict() != null && post.schoolDistrict().equals(v.schoolDistrict())) {
            score += 3;
        } else if (post.area() != null && post.area().equals(v.area())) {
            score += 1;
        }
        if (ever == 0) {
            score += 2;
        }
        return score - Math.min(recent, 3);
    }

    private static boolean contains(String text, String part) {
        return text != null && text.contains(part);
    }

    static List<Reason> reasons(BoardPost post, List<String> tokens, Volunteer v, int recent, int ever) {
        List<Reason> reasons = new ArrayList<>();
        String skills = (nz(v.skills()) + " " + nz(v.qualifications()));
        List<String> matchedSkills = tokens.stream().filter(skills::contains).toList();
        if (!matchedSkills.isEmpty()) {
            reasons.add(new Reason("dir.reason.skills", String.join("、", matchedSkills)));
        }
        List<String> fields = ActivityField.fromMask(v.fieldMask() & post.fieldMask()).stream().map(f -> f.japanese).toList();
        if (!fields.isEmpty()) {
            reasons.add(new Reason("dir.reason.fields", String.join("、", fields)));
        }
        int overlap = v.availability() & post.availability();
        if (overlap != 0) {
            reasons.add(new Reason("dir.reason.time", Availability.codes(overlap).stream().map(MatchService::slotLabel)
                    .collect(Collectors.joining("、"))));
        }
        if (post.schoolDistrict() != null && post.schoolDistrict().equals(v.schoolDistrict())) {
            reasons.add(new Reason("dir.reason.district", v.schoolDistrict()));
        } else if (post.area() != null && post.area().equals(v.area())) {
            reasons.add(new Reason("dir.reason.area", v.area()));
        }
        if (ever == 0) {
            reasons.add(new Reason("dir.reason.new", null));
        } else if (recent > 0) {
            reasons.add(new Reason("dir.reason.recent", String.valueOf(recent)));
        }
        return reasons;
    }

    /** MON_AM → 月曜午前. */
    public static String slotLabel(String code) {
        String[] p = code.split("_");
        String day = switch (p[0]) {
            case "MON" -> "月";
            case "TUE" -> "火";
            case "WED" -> "水";
            case "THU" -> "木";
            case "FRI" -> "金";
            case "SAT" -> "土";
            default -> "日";
        };
        String period = switch (p[1]) {
            case "AM" -> "午前";
            case "PM" -> "午後";
            default -> "夜間";
        };
        return day + period;
    }

    /** A coordinator proposes a volunteer for a published request; the volunteer is told by e-mail. */
    @Transactional
    public long propose(long coordinatorId, long postId, long volunteerId, String reasons) {
        // Lock the request so the same volunteer cannot be proposed twice at once.
        BoardPost post = db.one("SELECT * FROM dir_post WHERE id = ? FOR UPDATE", PostService::map, postId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (post.kind() != BoardPost.Kind.REQUEST || !post.isPublic()) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.requestNotOpen");
        }
        Volunteer volunteer = volunteers.find(volunteerId).filter(Volunteer::active)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (db.count("SELECT COUNT(*) FROM dir_match WHERE post_id = ? AND volunteer_id = ? AND status IN "
                + "('PROPOSED', 'ACCEPTED', 'DONE')", postId, volunteerId) > 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.alreadyProposed");
        }
        long id = db.insert("INSERT INTO dir_match (post_id, volunteer_id, status, reasons, proposed_by, proposed_at) "
                        + "VALUES (?, ?, 'PROPOSED', ?, ?, ?)", postId, volunteerId,
                reasons == null ? null : reasons.length() > 1000 ? reasons.substring(0, 1000) : reasons,
                coordinatorId, LocalDateTime.now());
        audit.record(coordinatorId, "MATCH_PROPOSED", "match", String.valueOf(id),
                "post " + postId + " volunteer " + volunteerId);
        if (volunteer.accountId() != null) {
            notifier.sendToAccount(volunteer.accountId(), "【ボランティアのご依頼】" + post.title(),
                    volunteer.name() + " 様\n\nコーディネーターから、次のボランティアのご依頼があります。\n"
                            + "「" + post.title() + "」\n" + nz(post.timeText()) + " " + nz(post.place()) + "\n\n"
                            + "お引き受けいただけるかどうか、次のページからお答えください。\n"
                            + settings.getBaseUrl() + "/volunteer/matches/" + id + "\n");
        }
        return id;
    }

    /** The volunteer answers in the portal (the e-mail links there). */
    @Transactional
    public void respond(long accountId, long matchId, boolean accept) {
        Volunteer volunteer = volunteers.findByAccount(accountId)
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
        int changed = db.update("UPDATE dir_match SET status = ?, responded_at = ? WHERE id = ? AND status = 'PROPOSED'",
                accept ? Match.Status.ACCEPTED : Match.Status.DECLINED, LocalDateTime.now(), match.id());
        if (changed == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.matchNotOpen");
        }
        audit.record(actorId, accept ? "MATCH_ACCEPTED" : "MATCH_DECLINED", "match", String.valueOf(match.id()), null);
        BoardPost post = posts.find(match.postId()).orElseThrow();
        if (accept) {
            notifier.sendToAccount(post.accountId(), "【ボランティア】引き受けが決まりました: " + post.title(),
                    "「" + post.title() + "」について、ボランティアの方が引き受けてくださいました。\n"
                            + "連絡先は次のページでご確認ください（ご本人が同意している場合に表示されます）。\n"
                            + settings.getBaseUrl() + "/board/" + post.id());
        }
    }

    /** The coordinator records the activity as done, with its date and length; the points module hears of it. */
    @Transactional
    public void complete(long coordinatorId, long matchId, String date, String minutes) {
        FieldErrors errors = new FieldErrors();
        LocalDate day = null;
        Integer mins = null;
        try {
            day = LocalDate.parse(nz(Text.digits(date)).strip());
            if (day.isAfter(LocalDate.now())) {
                errors.add("activityDate", "dir.error.notFuture");
            }
        } catch (DateTimeParseException e) {
            errors.add("activityDate", date == null || date.isBlank() ? "core.error.required" : "core.error.date");
        }
        try {
            mins = Integer.valueOf(nz(Text.digits(minutes)).strip());
            if (mins < 1 || mins > 24 * 60) {
                errors.add("minutes", "dir.error.minutes");
            }
        } catch (NumberFormatException e) {
            errors.add("minutes", minutes == null || minutes.isBlank() ? "core.error.required" : "core.error.number");
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        int changed = db.update("UPDATE dir_match SET status = 'DONE', completed_at = ?, activity_date = ?, minutes = ? "
                + "WHERE id = ? AND status = 'ACCEPTED'", LocalDateTime.now(), day, mins, matchId);
        if (changed == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.matchNotAccepted");
        }
        audit.record(coordinatorId, "MATCH_DONE", "match", String.valueOf(matchId), mins + " min on " + day);
        Match match = find(matchId).orElseThrow();
        Long accountId = volunteers.find(match.volunteerId()).map(Volunteer::accountId).orElse(null);
        // Points are per portal account; a volunteer only on the center's list has none.
        if (accountId != null) {
            completed.publishEvent(new MatchCompleted(matchId, accountId, mins, day));
        }
    }

    @Transactional
    public void cancel(long actorId, Set<Role> roles, long matchId, String reason) {
        Match match = find(matchId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        BoardPost post = posts.find(match.postId()).orElseThrow();
        if (!GroupService.isCoordinator(roles) && post.accountId() != actorId) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.notAllowed");
        }
        String note = Text.clean(reason);
        if (note != null && note.length() > 500) {
            throw new FormInvalidException(FieldErrors.none().add("cancelReason", "core.error.tooLong", 500));
        }
        int changed = db.update("UPDATE dir_match SET status = 'CANCELLED', cancel_reason = ? WHERE id = ? "
                + "AND status IN ('PROPOSED', 'ACCEPTED')", note, matchId);
        if (changed == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.matchNotOpen");
        }
        audit.record(actorId, "MATCH_CANCELLED", "match", String.valueOf(matchId), note);
        volunteers.find(match.volunteerId()).map(Volunteer::accountId).ifPresent(a -> notifier.sendToAccount(a,
                "【ボランティア】ご依頼が取り消されました: " + post.title(),
                "「" + post.title() + "」のご依頼は取り消されました。" + (note == null ? "" : "理由: " + note)));
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
        if (match.status() != Match.Status.DONE && match.status() != Match.Status.ACCEPTED) {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.matchNotAccepted");
        }
        BoardPost post = posts.find(match.postId()).orElseThrow();
        boolean isVolunteer = volunteers.findByAccount(accountId).map(v -> v.id() == match.volunteerId()).orElse(false);
        if (isVolunteer) {
            db.update("UPDATE dir_match SET volunteer_feedback = ? WHERE id = ?", note, matchId);
        } else if (post.accountId() == accountId) {
            db.update("UPDATE dir_match SET requester_feedback = ? WHERE id = ?", note, matchId);
        } else {
            throw new FormInvalidException(FieldErrors.FORM, "dir.error.notAllowed");
        }
    }

    /**
     * The volunteer's contact details for the requester: only once the volunteer accepted and
     * consented to sharing them. Each view is logged.
     */
    @Transactional
    public Optional<Volunteer> contactForRequester(long requesterId, Match match, BoardPost post) {
        if (post.accountId() != requesterId || (match.status() != Match.Status.ACCEPTED && match.status() != Match.Status.DONE)) {
            return Optional.empty();
        }
        Optional<Volunteer> v = volunteers.find(match.volunteerId()).filter(Volunteer::consentShare).filter(Volunteer::active);
        v.ifPresent(vol -> audit.record(requesterId, AuditLog.PERSONAL_DATA_VIEWED, "volunteer", String.valueOf(vol.id()),
                "contact shown to requester of post " + post.id()));
        return v;
    }

    @Transactional
    public Optional<Match> find(long id) {
        return db.one("SELECT * FROM dir_match WHERE id = ?", MatchService::map, id);
    }

    @Transactional
    public List<MatchView> forVolunteer(long volunteerId) {
        List<Match> matches = db.list("SELECT * FROM dir_match WHERE volunteer_id = ? ORDER BY proposed_at DESC, id DESC",
                MatchService::map, volunteerId);
        return matches.stream().map(m -> new MatchView(m, posts.find(m.postId()).orElseThrow(), null)).toList();
    }

    @Transactional
    public List<MatchView> forPost(long postId) {
        List<Match> matches = db.list("SELECT * FROM dir_match WHERE post_id = ? ORDER BY proposed_at, id",
                MatchService::map, postId);
        return matches.stream().map(m -> new MatchView(m, null, volunteers.find(m.volunteerId()).orElseThrow())).toList();
    }

    static Match map(ResultSet rs) throws SQLException {
        return new Match(rs.getLong("id"), rs.getLong("post_id"), rs.getLong("volunteer_id"),
                Match.Status.valueOf(rs.getString("status")), rs.getString("reasons"), Db.dateTime(rs, "proposed_at"),
                Db.dateTime(rs, "responded_at"), Db.dateTime(rs, "completed_at"), Db.date(rs, "activity_date"),
                Db.intOrNull(rs, "minutes"), rs.getString("volunteer_feedback"), rs.getString("requester_feedback"),
                rs.getString("cancel_reason"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
