package kyodo.subsidies.internal;

import jakarta.inject.Singleton;
import kyodo.directory.GroupType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static kyodo.subsidies.internal.Sql.date;
import static kyodo.subsidies.internal.Sql.dateTime;
import static kyodo.subsidies.internal.Sql.intOrNull;
import static kyodo.subsidies.internal.Sql.longOrNull;
import static kyodo.subsidies.internal.Sql.time;

/** Reads of the module's tables, mapped to its records. Callers hold the transaction. */
@Singleton
class SubsidyStore {

    final Sql sql;

    SubsidyStore(Sql sql) {
        this.sql = sql;
    }

    static Program program(ResultSet rs) throws SQLException {
        String types = rs.getString("eligible_types");
        List<GroupType> eligible = types.isBlank() ? List.of()
                : Arrays.stream(types.split(",")).map(GroupType::valueOf).toList();
        return new Program(rs.getLong("id"), rs.getInt("fiscal_year"), rs.getString("name"), rs.getString("purpose"),
                rs.getLong("budget"), rs.getString("fund_source"), eligible, rs.getString("guidelines"),
                rs.getInt("report_due_days"));
    }

    static Category category(ResultSet rs) throws SQLException {
        return new Category(rs.getLong("id"), rs.getLong("program_id"), rs.getString("name"), rs.getLong("max_amount"),
                rs.getInt("rate_num"), rs.getInt("rate_den"), rs.getString("description"));
    }

    static Window window(ResultSet rs) throws SQLException {
        return new Window(rs.getLong("id"), rs.getLong("program_id"), rs.getInt("number"), dateTime(rs, "opens_at"),
                dateTime(rs, "closes_at"), date(rs, "session_date"), time(rs, "session_time"),
                rs.getString("session_place"), dateTime(rs, "results_released_at"));
    }

    static Criterion criterion(ResultSet rs) throws SQLException {
        return new Criterion(rs.getLong("id"), rs.getLong("program_id"), rs.getString("name"), rs.getInt("weight"),
                rs.getInt("sort_order"));
    }

    static Application application(ResultSet rs) throws SQLException {
        return new Application(rs.getLong("id"), rs.getLong("program_id"), rs.getLong("window_id"),
                rs.getLong("category_id"), rs.getLong("group_id"), rs.getLong("applicant_id"),
                Status.valueOf(rs.getString("status")), rs.getString("title"), rs.getString("purpose"),
                rs.getString("content"), rs.getString("schedule"), rs.getString("place"),
                rs.getString("expected_effect"), date(rs, "project_start"), date(rs, "project_end"),
                rs.getLong("requested_amount"), rs.getString("screening_message"), dateTime(rs, "submitted_at"),
                intOrNull(rs, "slot_order"), time(rs, "slot_time"), longOrNull(rs, "awarded_amount"),
                rs.getString("decision_reason"), dateTime(rs, "decided_at"), rs.getString("award_number"),
                dateTime(rs, "withdrawn_at"), rs.getString("withdraw_reason"), longOrNull(rs, "released_amount"),
                rs.getString("report_text"), dateTime(rs, "reported_at"), longOrNull(rs, "paid_amount"),
                longOrNull(rs, "confirmed_amount"), longOrNull(rs, "refund_amount"), dateTime(rs, "confirmed_at"));
    }

    static BudgetLine budgetLine(ResultSet rs) throws SQLException {
        return new BudgetLine(rs.getLong("id"), rs.getLong("application_id"), rs.getString("stage"),
                rs.getString("kind"), rs.getInt("line_no"), rs.getString("category"), rs.getString("item"),
                rs.getLong("amount"), rs.getBoolean("eligible"));
    }

    static Review review(ResultSet rs) throws SQLException {
        return new Review(rs.getLong("application_id"), rs.getLong("reviewer_id"), rs.getBoolean("recused"),
                rs.getString("recusal_reason"), rs.getString("comment"), dateTime(rs, "scored_at"));
    }

    static StoredFile file(ResultSet rs) throws SQLException {
        return new StoredFile(rs.getLong("id"), rs.getString("owner_type"), rs.getLong("owner_id"),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"));
    }

    Optional<Program> program(long id) {
        return sql.one("SELECT * FROM sub_program WHERE id = ?", SubsidyStore::program, id);
    }

    List<Program> programs() {
        return sql.list("SELECT * FROM sub_program ORDER BY fiscal_year DESC, id DESC", SubsidyStore::program);
    }

    List<Category> categories(long programId) {
        return sql.list("SELECT * FROM sub_category WHERE program_id = ? ORDER BY id", SubsidyStore::category, programId);
    }

    Optional<Category> category(long id) {
        return sql.one("SELECT * FROM sub_category WHERE id = ?", SubsidyStore::category, id);
    }

    List<Window> windows(long programId) {
        return sql.list("SELECT * FROM sub_window WHERE program_id = ? ORDER BY number", SubsidyStore::window, programId);
    }

    Optional<Window> window(long id) {
        return sql.one("SELECT * FROM sub_window WHERE id = ?", SubsidyStore::window, id);
    }

    List<Criterion> criteria(long programId) {
        return sql.list("SELECT * FROM sub_criterion WHERE program_id = ? ORDER BY sort_order, id",
                SubsidyStore::criterion, programId);
    }

    Optional<Application> application(long id) {
        return sql.one("SELECT * FROM sub_application WHERE id = ?", SubsidyStore::application, id);
    }

    Optional<Application> applicationForUpdate(long id) {
        return sql.one("SELECT * FROM sub_application WHERE id = ? FOR UPDATE", SubsidyStore::application, id);
    }

    List<Application> applicationsOfWindow(long windowId) {
        return sql.list("SELECT * FROM sub_application WHERE window_id = ? AND status <> 'DRAFT' "
                + "ORDER BY slot_order IS NULL, slot_order, id", SubsidyStore::application, windowId);
    }

    List<BudgetLine> lines(long applicationId, String stage) {
        return sql.list("SELECT * FROM sub_budget_line WHERE application_id = ? AND stage = ? ORDER BY kind DESC, line_no",
                SubsidyStore::budgetLine, applicationId, stage);
    }

    List<StoredFile> files(String ownerType, long ownerId) {
        return sql.list("SELECT id, owner_type, owner_id, file_name, content_type, size_bytes FROM sub_file "
                + "WHERE owner_type = ? AND owner_id = ? ORDER BY id", SubsidyStore::file, ownerType, ownerId);
    }

    List<Long> reviewersOfWindow(long windowId) {
        return sql.list("SELECT reviewer_id FROM sub_window_reviewer WHERE window_id = ? ORDER BY reviewer_id",
                rs -> rs.getLong(1), windowId);
    }

    List<Review> reviews(long applicationId) {
        return sql.list("SELECT * FROM sub_review WHERE application_id = ? ORDER BY reviewer_id",
                SubsidyStore::review, applicationId);
    }

    Optional<Review> review(long applicationId, long reviewerId) {
        return sql.one("SELECT * FROM sub_review WHERE application_id = ? AND reviewer_id = ?",
                SubsidyStore::review, applicationId, reviewerId);
    }

    boolean anyScore(long programId) {
        return sql.number("SELECT COUNT(*) FROM sub_score s JOIN sub_criterion c ON c.id = s.criterion_id "
                + "WHERE c.program_id = ?", programId) > 0;
    }
}
