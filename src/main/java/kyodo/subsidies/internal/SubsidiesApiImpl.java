package kyodo.subsidies.internal;

import kyodo.core.CityClock;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.subsidies.AdoptedProject;
import kyodo.subsidies.OpenCall;
import kyodo.subsidies.SubsidiesApi;

import java.util.List;

@Singleton
class SubsidiesApiImpl implements SubsidiesApi {

    private final Sql sql;
    private final CityClock clock;

    SubsidiesApiImpl(Sql sql, CityClock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenCall> openCalls() {
        return sql.list("SELECT p.id, p.name, w.number, w.opens_at, w.closes_at FROM sub_window w "
                        + "JOIN sub_program p ON p.id = w.program_id WHERE w.closes_at >= ? ORDER BY w.closes_at, p.id",
                rs -> new OpenCall(rs.getLong(1), rs.getString(2), rs.getInt(3), Sql.dateTime(rs, "opens_at"),
                        Sql.dateTime(rs, "closes_at")), clock.now());
    }

    @Override
    @Transactional(readOnly = true)
    public List<AdoptedProject> adoptedProjectsOf(long groupId) {
        return adopted("a.group_id = ?", groupId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AdoptedProject> adoptedProjects() {
        return adopted("1 = 1");
    }

    /** Adopted projects of released windows, public. */
    private List<AdoptedProject> adopted(String condition, Object... args) {
        return sql.list("SELECT a.id, p.fiscal_year, w.number, a.group_id, a.title, c.name, a.awarded_amount, "
                        + "a.withdrawn_at FROM sub_application a JOIN sub_window w ON w.id = a.window_id "
                        + "JOIN sub_program p ON p.id = a.program_id JOIN sub_category c ON c.id = a.category_id "
                        + "WHERE w.results_released_at IS NOT NULL AND a.awarded_amount IS NOT NULL AND " + condition
                        + " ORDER BY p.fiscal_year DESC, w.number DESC, a.id",
                rs -> new AdoptedProject(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getLong(7), rs.getTimestamp(8) != null), args);
    }
}
