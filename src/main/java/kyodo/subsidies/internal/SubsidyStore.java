package kyodo.subsidies.internal;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Reads of the module's tables through its repositories. Callers hold the transaction. */
@Singleton
class SubsidyStore {

    final ProgramRepository programs;
    final CategoryRepository categories;
    final WindowRepository windows;
    final CriterionRepository criteria;
    final ApplicationRepository applications;
    final BudgetLineRepository lines;
    final ReviewRepository reviews;
    final ScoreRepository scores;
    final WindowReviewerRepository windowReviewers;
    final FileRepository files;

    SubsidyStore(ProgramRepository programs, CategoryRepository categories, WindowRepository windows,
                 CriterionRepository criteria, ApplicationRepository applications, BudgetLineRepository lines,
                 ReviewRepository reviews, ScoreRepository scores, WindowReviewerRepository windowReviewers,
                 FileRepository files) {
        this.programs = programs;
        this.categories = categories;
        this.windows = windows;
        this.criteria = criteria;
        this.applications = applications;
        this.lines = lines;
        this.reviews = reviews;
        this.scores = scores;
        this.windowReviewers = windowReviewers;
        this.files = files;
    }

    Optional<Program> program(long id) {
        return programs.findById(id);
    }

    List<Program> programs() {
        return programs.findNewestFirst();
    }

    List<Category> categories(long programId) {
        return categories.findByProgramIdOrderById(programId);
    }

    Optional<Category> category(long id) {
        return categories.findById(id);
    }

    List<Window> windows(long programId) {
        return windows.findByProgramIdOrderByNumber(programId);
    }

    Optional<Window> window(long id) {
        return windows.findById(id);
    }

    List<Criterion> criteria(long programId) {
        return criteria.findOfProgram(programId);
    }

    Optional<Application> application(long id) {
        return applications.findById(id);
    }

    Optional<Application> applicationForUpdate(long id) {
        return applications.findByIdForUpdate(id);
    }

    List<Application> applicationsOfWindow(long windowId) {
        return applications.findOfWindow(windowId);
    }

    List<BudgetLine> lines(long applicationId, String stage) {
        return lines.findOf(applicationId, stage);
    }

    List<StoredFile> files(String ownerType, long ownerId) {
        return files.findDescriptions(ownerType, ownerId);
    }

    List<Long> reviewersOfWindow(long windowId) {
        return windowReviewers.findReviewerIds(windowId);
    }

    List<Review> reviews(long applicationId) {
        return reviews.findOf(applicationId);
    }

    Optional<Review> review(long applicationId, long reviewerId) {
        return reviews.findById(new Review.Key(applicationId, reviewerId));
    }

    boolean anyScore(long programId) {
        return criteria.countScores(programId) > 0;
    }
}
