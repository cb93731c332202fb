package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountsApi;
import kyodo.core.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A window's review as staff see it: the ranking by mean weighted score, the reviewers, the budget left. */
@Singleton
public class Rankings {

    /** An application in the window's ranking: the weighted score is the mean over non-recused reviewers. */
    public record Ranked(AppView view, Double score, int reviewers, int rank) {
        public String scoreLabel() {
            return score == null ? "—" : String.format("%.2f", score);
        }
    }

    /** A person who may sit as a reviewer, by name only (no contact data for the staff organising the session). */
    public record Person(long id, String name) {
    }

    /** {@code candidates}: every account with the reviewer role; {@code reviewerIds}: those sitting this window. */
    public record WindowView(Program program, Window window, List<Ranked> ranking, List<Long> reviewerIds,
                             List<Person> candidates, long remaining) {
        public boolean undecided() {
            return ranking.stream().anyMatch(r -> r.view().app().status() == Status.ACCEPTED
                    || r.view().app().status() == Status.SUBMITTED);
        }
    }

    private final ProgramRepository programs;
    private final WindowRepository windows;
    private final CriterionRepository criteria;
    private final ApplicationRepository applications;
    private final ScoreRepository scores;
    private final WindowReviewerRepository windowReviewers;
    private final ApplicationViews views;
    private final AccountsApi accounts;

    Rankings(ProgramRepository programs, WindowRepository windows, CriterionRepository criteria,
             ApplicationRepository applications, ScoreRepository scores, WindowReviewerRepository windowReviewers,
             ApplicationViews views, AccountsApi accounts) {
        this.programs = programs;
        this.windows = windows;
        this.criteria = criteria;
        this.applications = applications;
        this.scores = scores;
        this.windowReviewers = windowReviewers;
        this.views = views;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<WindowView> window(long windowId) {
        return windows.findById(windowId).map(w -> {
            Program p = programs.findById(w.programId()).orElseThrow();
            List<Criterion> rubric = criteria.findOfProgram(p.id());
            List<Ranked> ranked = new ArrayList<>();
            for (AppView v : views.views(applications.findOfWindow(windowId), false)) {
                double[] s = score(v.app().id(), rubric);
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
            List<Person> candidates = accounts.withRole(Role.REVIEWER).stream()
                    .map(a -> new Person(a.id(), a.displayName())).toList();
            return new WindowView(p, w, out, windowReviewers.findReviewerIds(windowId), candidates,
                    p.budget() - applications.committed(p.id()));
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
        scores.findCounted(applicationId).forEach(s -> byReviewer.merge(s.reviewerId(),
                (double) s.score() * weights.getOrDefault(s.criterionId(), 0), Double::sum));
        if (byReviewer.isEmpty()) {
            return null;
        }
        double mean = byReviewer.values().stream().mapToDouble(v -> v / totalWeight).average().orElse(0);
        return new double[]{mean, byReviewer.size()};
    }
}
