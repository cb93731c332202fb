package kyodo.subsidies.internal;

import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.directory.DirectoryApi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a reviewer sees: the applications of their review sessions, their own scores, then the others'. */
@Singleton
public class ReviewerDesk {

    public record ReviewerItem(AppView view, boolean recused, boolean scored) {
    }

    public record ReviewerView(AppView view, List<Criterion> criteria, Review own, boolean recused,
                               boolean autoRecused, Map<Long, Integer> ownScores,
                               List<OtherReview> others, boolean open) {
    }

    public record OtherReview(int number, Map<Long, Integer> scores, String comment, boolean recused) {
    }

    private final ApplicationRepository applications;
    private final CriterionRepository criteria;
    private final ReviewRepository reviews;
    private final ScoreRepository scores;
    private final ApplicationViews views;
    private final BeanProvider<DirectoryApi> directory;
    private final SubsidyPermissions permissions;

    ReviewerDesk(ApplicationRepository applications, CriterionRepository criteria, ReviewRepository reviews,
                 ScoreRepository scores, ApplicationViews views, BeanProvider<DirectoryApi> directory,
                 SubsidyPermissions permissions) {
        this.applications = applications;
        this.criteria = criteria;
        this.reviews = reviews;
        this.scores = scores;
        this.views = views;
        this.directory = directory;
        this.permissions = permissions;
    }

    /** A reviewer who belongs to the applying group never reviews it. */
    boolean member(long reviewerId, Application a) {
        return directory.get().groupIdsOf(reviewerId).contains(a.groupId());
    }

    @Transactional(readOnly = true)
    public List<ReviewerItem> queue(long reviewerId) {
        List<Application> apps = applications.findReviewQueue(reviewerId);
        List<ReviewerItem> out = new ArrayList<>();
        for (AppView v : views.views(apps, false)) {
            Optional<Review> r = reviews.findById(new Review.Key(v.app().id(), reviewerId));
            out.add(new ReviewerItem(v, member(reviewerId, v.app()) || r.map(Review::recused).orElse(false),
                    r.map(x -> x.scoredAt() != null).orElse(false)));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<ReviewerView> forReviewer(long reviewerId, long applicationId) {
        Optional<Application> found = applications.findById(applicationId).filter(a -> permissions.reviews(reviewerId, a));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Application a = found.get();
        AppView v = views.view(a, true);
        List<Criterion> rubric = criteria.findOfProgram(a.programId());
        Review own = reviews.findById(new Review.Key(a.id(), reviewerId)).orElse(null);
        boolean auto = member(reviewerId, a);
        boolean recused = auto || (own != null && own.recused());
        Map<Long, Integer> ownScores = scoresOf(a.id(), reviewerId);
        List<OtherReview> others = new ArrayList<>();
        // Others' scores stay hidden until this reviewer has scored, so nobody anchors on them.
        if (own != null && own.scoredAt() != null) {
            int n = 1;
            for (Review r : reviews.findOf(a.id())) {
                if (r.reviewerId() != reviewerId && (r.scoredAt() != null || r.recused())) {
                    others.add(new OtherReview(n++, scoresOf(a.id(), r.reviewerId()), r.comment(), r.recused()));
                }
            }
        }
        boolean open = !v.window().released() && (a.status() == Status.ACCEPTED || a.status() == Status.ADOPTED
                || a.status() == Status.NOT_ADOPTED);
        return Optional.of(new ReviewerView(v, rubric, own, recused, auto, ownScores, others, open));
    }

    private Map<Long, Integer> scoresOf(long applicationId, long reviewerId) {
        Map<Long, Integer> out = new HashMap<>();
        scores.findOf(applicationId, reviewerId).forEach(s -> out.put(s.criterionId(), s.score()));
        return out;
    }
}
