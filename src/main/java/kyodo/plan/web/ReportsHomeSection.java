package kyodo.plan.web;

import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import kyodo.core.HomeSection;
import kyodo.core.Viewer;
import kyodo.plan.internal.Reports;
import kyodo.plan.internal.Rounds;

import java.util.Locale;

/** In 「あなたへのお知らせ」: a department member's items still to report in an open round. */
@Singleton
class ReportsHomeSection implements HomeSection {

    public record ToReport(long count) {
    }

    private final Reports reports;

    ReportsHomeSection(Reports reports) {
        this.reports = reports;
    }

    @Override
    public Slot slot() {
        return Slot.FOR_YOU;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String template() {
        return "plan/home-reports";
    }

    @Override
    public Object data(Locale locale) {
        Long me = ServerRequestContext.currentRequest().flatMap(r -> r.getUserPrincipal(Authentication.class))
                .map(a -> Viewer.of(a).accountId()).orElse(null);
        if (me == null) {
            return null;
        }
        long open = reports.tasks(me).stream()
                .filter(t -> t.state() == Rounds.State.MISSING || t.state() == Rounds.State.RETURNED).count();
        return open == 0 ? null : new ToReport(open);
    }
}
