package kyodo.subsidies.internal;

import kyodo.core.CityClock;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Notifier;
import kyodo.directory.DirectoryApi;
import kyodo.subsidies.SubsidyAwarded;
import kyodo.subsidies.SubsidyConfirmed;
import kyodo.subsidies.internal.Forms.ConfirmForm;
import kyodo.subsidies.internal.Forms.DecisionForm;
import kyodo.subsidies.internal.Forms.ScreenForm;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Screening, the review session, scoring, decisions within the budget, release and 額の確定. */
@Singleton
public class ReviewService {

    private final SubsidyStore store;
    private final ApplicationService applications;
    private final BeanProvider<DirectoryApi> directory;
    private final AuditLog audit;
    private final Notifier notifier;
    private final CityClock clock;
    private final ApplicationEventPublisher<SubsidyAwarded> awarded;
    private final ApplicationEventPublisher<SubsidyConfirmed> confirmed;

    ReviewService(SubsidyStore store, ApplicationService applications, BeanProvider<DirectoryApi> directory,
                  AuditLog audit, Notifier notifier, CityClock clock,
                  ApplicationEventPublisher<SubsidyAwarded> awarded, ApplicationEventPublisher<SubsidyConfirmed> confirmed) {
        this.store = store;
        this.applications = applications;
        this.directory = directory;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
        this.awarded = awarded;
        this.confirmed = confirmed;
    }

    /** An application in the window's ranking: the weighted score is the mean over non-recused reviewers. */
    public record Ranked(AppView view, Double score, int reviewers, int rank) {
        public String scoreLabel() {
            return score == null ? "—" : String.format("%.2f", score);
        }
    }

    public record WindowView(Program program, Window window, List<Ranked> ranking, List<Long> reviewerIds,
                             long remaining) {
        public boolean undecided() {
            return ranking.stream().anyMatch(r -> r.view().app().status() == Status.ACCEPTED
                    || r.view().app().status() == Status.SUBMITTED);
        }
    }

    // ---- staff: window -------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<WindowView> window(long windowId) {
        return store.window(windowId).map(w -> {
            Program p = store.program(w.programId()).orElseThrow();
            List<Criterion> criteria = store.criteria(p.id());
            List<Ranked> ranked = new ArrayList<>();
            for (AppView v : applications.views(store.applicationsOfWindow(windowId), false)) {
                double[] s = score(v.app().id(), criteria);
                ranked.add(new Ranked(v, s == null ? null : s[0], s == null ? 0 : (int) s[1], 0));
            }
            List<Ranked> sorted = ranked.stream().sorted(Comparator.comparing((Ranked r) -> r.score() == null ? -1 : r.score())
                    .reversed()).toList();
            List<Ranked> out = new ArrayList<>();
            int rank = 0;
            Double last = null;
            for (int i = 0; i < sorted.size(); i++) {
                Ranked r = sorted.get(i);
                if (r.score() != null && !r.score().equals(last)) {
                    rank = i + 1;
                    last = r.score();
                }
                out.add(new Ranked(r.view(), r.score(), r.reviewers(), r.score() == null ? 0 : rank));
            }
            return new WindowView(p, w, out, store.reviewersOfWindow(windowId),
                    p.budget() - store.applications.committed(p.id()));
        });
    }

    /** {mean weighted score, reviewers} or null when nobody has scored. */
    double[] score(long applicationId, List<Criterion> criteria) {
        Map<Long, Integer> weights = new HashMap<>();
        criteria.forEach(c -> weights.put(c.id(), c.weight()));
        int totalWeight = criteria.stream().mapToInt(Criterion::weight).sum();
        if (totalWeight == 0) {
            return null;
        }
        Map<Long, Double> byReviewer = new HashMap<>();
        store.scores.findCounted(applicationId).forEach(s -> byReviewer.merge(s.reviewerId(),
                (double) s.score() * weights.getOrDefault(s.criterionId(), 0), Double::sum));
        if (byReviewer.isEmpty()) {
            return null;
        }
        double mean = byReviewer.values().stream().mapToDouble(v -> v / totalWeight).average().orElse(0);
        return new double[]{mean, byReviewer.size()};
    }

    @Transactional
    public void screen(long staffId, long applicationId, ScreenForm form) {
        Application a = store.applicationForUpdate(applicationId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (a.status() != Status.SUBMITTED) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.notSubmitted");
        }
        FieldErrors errors = new FieldErrors();
        boolean accept = "accept".equals(form.outcome());
        if (!accept && !"return".equals(form.outcome())) {
            errors.add("outcome", "sub.error.chooseOutcome");
        }
        String message = Inputs.text(errors, "message", form.message(), "return".equals(form.outcome()), 2000);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        if (store.applications.screen(a.id(), (accept ? Status.ACCEPTED : Status.RETURNED).name(),
                message.isEmpty() ? null : message, clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.notSubmitted");
        }
        audit.record(staffId, accept ? "SUBSIDY_APPLICATION_ACCEPTED" : "SUBSIDY_APPLICATION_RETURNED",
                "sub_application", String.valueOf(a.id()), message);
        if (!accept) {
            notifier.sendToAccount(a.applicantId(), "【補助金】申請書類の修正をお願いします: " + a.title(),
                    "提出いただいた申請書類について、次の点の修正をお願いします。\n\n" + message
                            + "\n\n修正のうえ、もう一度提出してください。\n/subsidies/applications/" + a.id());
        }
    }

    /** The running order of the 公開プレゼンテーション: slotOrder{id} and slotTime{id} fields. */
    @Transactional
    public void slots(long staffId, long windowId, Map<String, ?> form) {
        FieldErrors errors = new FieldErrors();
        List<Application> apps = store.applicationsOfWindow(windowId);
        Map<Long, Object[]> values = new HashMap<>();
        for (Application a : apps) {
            String order = ApplicationInput.s(form, "slotOrder" + a.id());
            String time = ApplicationInput.s(form, "slotTime" + a.id());
            Integer o = Inputs.blank(order) ? null : Inputs.integer(errors, "slotOrder" + a.id(), order, 1, 99);
            LocalTime t = Inputs.time(errors, "slotTime" + a.id(), time, false);
            values.put(a.id(), new Object[]{o, t});
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        values.forEach((id, v) -> store.applications.setSlot(id, windowId, (Integer) v[0], (LocalTime) v[1]));
        audit.record(staffId, "SUBSIDY_RUNNING_ORDER_SET", "sub_window", String.valueOf(windowId), null);
    }

    // ---- reviewers -----------------------------------------------------------------------

    public record ReviewerItem(AppView view, boolean recused, boolean scored) {
    }

    public record ReviewerView(AppView view, List<Criterion> criteria, Review own, boolean recused,
                               boolean autoRecused, Map<Long, Integer> ownScores,
                               List<OtherReview> others, boolean open) {
    }

    public record OtherReview(int number, Map<Long, Integer> scores, String comment, boolean recused) {
    }

    boolean assigned(long reviewerId, Application a) {
        return store.reviewersOfWindow(a.windowId()).contains(reviewerId);
    }

    /** A reviewer who belongs to the applying group never reviews it. */
    boolean member(long reviewerId, Application a) {
        return directory.get().groupIdsOf(reviewerId).contains(a.groupId());
    }

    @Transactional(readOnly = true)
    public List<ReviewerItem> queue(long reviewerId) {
        List<Application> apps = store.applications.findReviewQueue(reviewerId);
        List<ReviewerItem> out = new ArrayList<>();
        for (AppView v : applications.views(apps, false)) {
            Optional<Review> r = store.review(v.app().id(), reviewerId);
            out.add(new ReviewerItem(v, member(reviewerId, v.app()) || r.map(Review::recused).orElse(false),
                    r.map(x -> x.scoredAt() != null).orElse(false)));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<ReviewerView> forReviewer(long reviewerId, long applicationId) {
        Optional<Application> found = store.application(applicationId).filter(a -> assigned(reviewerId, a));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Application a = found.get();
        AppView v = applications.view(a, true);
        List<Criterion> criteria = store.criteria(a.programId());
        Review own = store.review(a.id(), reviewerId).orElse(null);
        boolean auto = member(reviewerId, a);
        boolean recused = auto || (own != null && own.recused());
        Map<Long, Integer> ownScores = scoresOf(a.id(), reviewerId);
        List<OtherReview> others = new ArrayList<>();
        // Others' scores stay hidden until this reviewer has scored, so nobody anchors on them.
        if (own != null && own.scoredAt() != null) {
            int n = 1;
            for (Review r : store.reviews(a.id())) {
                if (r.reviewerId() != reviewerId && (r.scoredAt() != null || r.recused())) {
                    others.add(new OtherReview(n++, scoresOf(a.id(), r.reviewerId()), r.comment(), r.recused()));
                }
            }
        }
        boolean open = !v.window().released() && (a.status() == Status.ACCEPTED || a.status() == Status.ADOPTED
                || a.status() == Status.NOT_ADOPTED);
        return Optional.of(new ReviewerView(v, criteria, own, recused, auto, ownScores, others, open));
    }

    private Map<Long, Integer> scoresOf(long applicationId, long reviewerId) {
        Map<Long, Integer> out = new HashMap<>();
        store.scores.findOf(applicationId, reviewerId).forEach(s -> out.put(s.criterionId(), s.score()));
        return out;
    }

    /** Scores every criterion 1–5 (fields score{criterionId}) with a comment. */
    @Transactional
    public void score(long reviewerId, long applicationId, Map<String, ?> form) {
        Application a = store.applicationForUpdate(applicationId).filter(x -> assigned(reviewerId, x))
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        Window w = store.window(a.windowId()).orElseThrow();
        if (w.released() || !(a.status() == Status.ACCEPTED || a.status() == Status.ADOPTED
                || a.status() == Status.NOT_ADOPTED)) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.reviewClosed");
        }
        Optional<Review> own = store.review(a.id(), reviewerId);
        if (member(reviewerId, a) || own.map(Review::recused).orElse(false)) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.recused");
        }
        FieldErrors errors = new FieldErrors();
        List<Criterion> criteria = store.criteria(a.programId());
        if (criteria.isEmpty()) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.noRubric");
        }
        Map<Long, Integer> scores = new HashMap<>();
        for (Criterion c : criteria) {
            String field = "score" + c.id();
            String raw = ApplicationInput.s(form, field);
            if (Inputs.blank(raw)) {
                errors.add(field, "sub.error.scoreRequired");
            } else if (!Inputs.clean(raw).matches("[1-5]")) {
                errors.add(field, "sub.error.scoreRange");
            } else {
                scores.put(c.id(), Integer.parseInt(Inputs.clean(raw)));
            }
        }
        String comment = Inputs.text(errors, "comment", ApplicationInput.s(form, "comment"), false, 2000);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        LocalDateTime now = clock.now();
        Review.Key key = new Review.Key(a.id(), reviewerId);
        if (own.isPresent()) {
            store.reviews.update(new Review(key, false, own.get().recusalReason(), comment, now));
        } else {
            store.reviews.save(new Review(key, false, null, comment, now));
        }
        store.scores.deleteOf(a.id(), reviewerId);
        store.scores.saveAll(scores.entrySet().stream()
                .map(e -> Score.of(a.id(), reviewerId, e.getKey(), e.getValue())).toList());
        audit.record(reviewerId, "SUBSIDY_SCORED", "sub_application", String.valueOf(a.id()), scores.toString());
    }

    /** A reviewer declares a conflict of interest; any scores they gave are removed. */
    @Transactional
    public void declareConflict(long reviewerId, long applicationId, String rawReason) {
        Application a = store.applicationForUpdate(applicationId).filter(x -> assigned(reviewerId, x))
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        FieldErrors errors = new FieldErrors();
        String reason = Inputs.text(errors, "reason", rawReason, true, 300);
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        store.scores.deleteOf(a.id(), reviewerId);
        Optional<Review> own = store.review(a.id(), reviewerId);
        Review recused = new Review(new Review.Key(a.id(), reviewerId), true, reason,
                own.map(Review::comment).orElse(null), null);
        if (own.isPresent()) {
            store.reviews.update(recused);
        } else {
            store.reviews.save(recused);
        }
        audit.record(reviewerId, "SUBSIDY_REVIEWER_RECUSED", "sub_application", String.valueOf(a.id()), reason);
    }

    // ---- decisions -----------------------------------------------------------------------

    /**
     * Adopted with an amount, or not adopted, with a reason. The program row is locked and the
     * remaining budget computed from the applications inside this transaction, so two staff
     * deciding at the same moment can never award more than the budget together.
     */
    @Transactional
    public void decide(long staffId, long applicationId, DecisionForm form) {
        FieldErrors errors = new FieldErrors();
        boolean adopt = "adopt".equals(form.decision());
        if (!adopt && !"reject".equals(form.decision())) {
            errors.add("decision", "sub.error.chooseDecision");
        }
        Long amount = adopt ? Inputs.yen(errors, "amount", form.amount(), true) : null;
        String reason = Inputs.text(errors, "reason", form.reason(), !adopt, 2000);
        // Locking reads first: under REPEATABLE READ a plain read here would fix the snapshot before
        // the program lock is granted, and the sum below would miss awards committed meanwhile.
        long programId = store.applications.findProgramIdForUpdate(applicationId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        Program program = store.programs.findByIdForUpdate(programId).orElseThrow();
        Application a = store.applicationForUpdate(applicationId).orElseThrow();
        Window w = store.window(a.windowId()).orElseThrow();
        if (w.released()) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.alreadyReleased");
        }
        if (!(a.status() == Status.ACCEPTED || a.status() == Status.ADOPTED || a.status() == Status.NOT_ADOPTED)) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.notDecidable");
        }
        if (amount != null) {
            if (amount <= 0) {
                errors.add("amount", "core.error.min", 1);
            } else if (amount > a.requestedAmount()) {
                errors.add("amount", "sub.error.overRequested", String.format("%,d", a.requestedAmount()));
            } else {
                // The snapshot starts here, after the program lock was granted: it sees every earlier award.
                long committedByOthers = store.applications.committedByOthers(program.id(), a.id());
                long remaining = program.budget() - committedByOthers;
                if (amount > remaining) {
                    errors.add("amount", "sub.error.overBudget", String.format("%,d", Math.max(0, remaining)));
                }
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        LocalDateTime now = clock.now();
        if (store.applications.decide(a.id(), (adopt ? Status.ADOPTED : Status.NOT_ADOPTED).name(), amount,
                reason.isEmpty() ? null : reason, adopt ? program.year().warekiLabel() + " 市協補第" + a.id() + "号" : null,
                now) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.notDecidable");
        }
        audit.record(staffId, adopt ? "SUBSIDY_ADOPTED" : "SUBSIDY_NOT_ADOPTED", "sub_application",
                String.valueOf(a.id()), adopt ? "¥" + amount : reason);
    }

    /** Results go to every applicant of the window at once, with a notification each. */
    @Transactional
    public void release(long staffId, long windowId) {
        Window w = store.windows.findByIdForUpdate(windowId).orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        if (w.released()) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.alreadyReleased");
        }
        List<Application> apps = store.applicationsOfWindow(windowId);
        if (apps.stream().anyMatch(a -> a.status() == Status.SUBMITTED || a.status() == Status.ACCEPTED
                || a.status() == Status.RETURNED)) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.undecided");
        }
        if (store.windows.release(windowId, clock.now()) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.alreadyReleased");
        }
        for (Application a : apps) {
            if (a.status() == Status.ADOPTED) {
                notifier.sendToAccount(a.applicantId(), "【補助金】審査結果のお知らせ（採択）: " + a.title(),
                        "市民活動支援補助金の審査の結果、採択となりました。\n交付決定額: "
                                + String.format("%,d", a.awardedAmount()) + "円\n交付決定通知書はこちらから印刷できます。\n"
                                + "/subsidies/applications/" + a.id() + "/notice");
                awarded.publishEvent(new SubsidyAwarded(a.id(), a.programId(), a.groupId(), a.title(),
                        a.awardedAmount()));
            } else if (a.status() == Status.NOT_ADOPTED) {
                notifier.sendToAccount(a.applicantId(), "【補助金】審査結果のお知らせ: " + a.title(),
                        "市民活動支援補助金の審査の結果、今回は不採択となりました。\n理由: " + a.decisionReason()
                                + "\n/subsidies/applications/" + a.id());
            }
        }
        audit.record(staffId, "SUBSIDY_RESULTS_RELEASED", "sub_window", String.valueOf(windowId),
                "applications=" + apps.size());
    }

    // ---- after the project ---------------------------------------------------------------

    /** 額の確定 from the completion report; a refund is due where more was paid in advance. */
    @Transactional
    public long confirm(long staffId, long applicationId, ConfirmForm form) {
        FieldErrors errors = new FieldErrors();
        Long paid = Inputs.yen(errors, "paidAmount", form.paidAmount(), false);
        Application peek = store.application(applicationId)
                .orElseThrow(() -> new FormInvalidException(FieldErrors.FORM, "core.error.notFound"));
        store.programs.findByIdForUpdate(peek.programId());
        Application a = store.applicationForUpdate(applicationId).orElseThrow();
        if (a.status() != Status.REPORTED) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.notReported");
        }
        if (paid != null && paid > a.awardedAmount()) {
            errors.add("paidAmount", "sub.error.paidOverAward", String.format("%,d", a.awardedAmount()));
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        Category c = store.category(a.categoryId()).orElseThrow();
        long eligible = AppView.sum(store.lines(a.id(), BudgetLine.ACTUAL), BudgetLine.EXPENSE, true);
        long amount = Amounts.confirmedAmount(a.awardedAmount(), eligible, c.rateNum(), c.rateDen());
        long refund = Amounts.refund(paid, amount);
        LocalDateTime now = clock.now();
        if (store.applications.confirm(a.id(), paid, amount, refund, now) == 0) {
            throw new FormInvalidException(FieldErrors.FORM, "sub.error.notReported");
        }
        audit.record(staffId, "SUBSIDY_AMOUNT_CONFIRMED", "sub_application", String.valueOf(a.id()),
                "¥" + amount + " refund ¥" + refund);
        notifier.sendToAccount(a.applicantId(), "【補助金】交付額の確定のお知らせ: " + a.title(),
                "実績報告にもとづき、補助金の額を " + String.format("%,d", amount) + "円 に確定しました。"
                        + (refund > 0 ? "\n概算払いとの差額 " + String.format("%,d", refund) + "円 の返還をお願いします。" : "")
                        + "\n/subsidies/applications/" + a.id());
        confirmed.publishEvent(new SubsidyConfirmed(a.id(), a.programId(), a.groupId(), amount, refund));
        return amount;
    }

    /**
     * Reminds representatives whose completion report falls due within a week (once each).
     * Returns how many were reminded.
     */
    @Transactional
    public int remindReports() {
        java.time.LocalDate today = clock.today();
        List<Application> due = store.applications.findReportsDueForUpdate(today);
        for (Application a : due) {
            Program p = store.program(a.programId()).orElseThrow();
            notifier.sendToAccount(a.applicantId(), "【補助金】実績報告の提出期限が近づいています: " + a.title(),
                    "補助事業の実績報告の提出期限は " + a.reportDue(p.reportDueDays()) + " です。\n"
                            + "/subsidies/applications/" + a.id() + "/report");
            store.applications.markReminded(a.id(), clock.now());
        }
        return due.size();
    }
}
