package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.Role;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;

import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Staff organise a window's 審査会: the reviewers who sit and the running order of the presentations. */
@Singleton
public class ReviewSessions {

    private final ApplicationRepository applications;
    private final WindowReviewerRepository windowReviewers;
    private final AuditLog audit;
    private final AccountsApi accounts;

    ReviewSessions(ApplicationRepository applications, WindowReviewerRepository windowReviewers, AuditLog audit,
                   AccountsApi accounts) {
        this.accounts = accounts;
        this.applications = applications;
        this.windowReviewers = windowReviewers;
        this.audit = audit;
    }

    /** Sets who sits at the window's session; only accounts with the reviewer role can be chosen. */
    @Transactional
    public void assignReviewers(long actorId, long windowId, Collection<Long> chosen) {
        List<Long> allowed = accounts.withRole(Role.REVIEWER).stream().map(AccountSummary::id).toList();
        List<Long> reviewerIds = chosen.stream().filter(allowed::contains).distinct().toList();
        windowReviewers.deleteOf(windowId);
        windowReviewers.saveAll(reviewerIds.stream().map(id -> WindowReviewer.of(windowId, id)).toList());
        audit.record(actorId, "SUBSIDY_REVIEWERS_ASSIGNED", "sub_window", String.valueOf(windowId),
                reviewerIds.toString());
    }


    /** The running order of the 公開プレゼンテーション: slotOrder{id} and slotTime{id} fields. */
    @Transactional
    public void slots(long staffId, long windowId, Map<String, ?> form) {
        FieldErrors errors = new FieldErrors();
        List<Application> apps = applications.findOfWindow(windowId);
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
        values.forEach((id, v) -> applications.setSlot(id, windowId, (Integer) v[0], (LocalTime) v[1]));
        audit.record(staffId, "SUBSIDY_RUNNING_ORDER_SET", "sub_window", String.valueOf(windowId), null);
    }
}
