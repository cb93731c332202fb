package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.AuditLog;
import kyodo.core.Role;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;

import java.time.LocalTime;
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
    private final FormValidator validator;

    ReviewSessions(ApplicationRepository applications, WindowReviewerRepository windowReviewers, AuditLog audit,
                   AccountsApi accounts, FormValidator validator) {
        this.applications = applications;
        this.windowReviewers = windowReviewers;
        this.audit = audit;
        this.accounts = accounts;
        this.validator = validator;
    }

    /** Sets who sits at the window's session; only accounts with the reviewer role can be chosen. */
    @Transactional
    public void assignReviewers(long actorId, long windowId, Forms.ReviewersForm form) {
        List<Long> chosen = form.ids();
        List<Long> allowed = accounts.withRole(Role.REVIEWER).stream().map(AccountSummary::id).toList();
        List<Long> reviewerIds = chosen.stream().filter(allowed::contains).distinct().toList();
        windowReviewers.deleteOf(windowId);
        windowReviewers.saveAll(reviewerIds.stream().map(id -> WindowReviewer.of(windowId, id)).toList());
        audit.record(actorId, "sub.audit.reviewersAssigned", "sub.audit.target.window", String.valueOf(windowId),
                reviewerIds.toString());
    }


    /** The running order of the 公開プレゼンテーション: slotOrder{id} and slotTime{id} fields. */
    @Transactional
    public void slots(long staffId, long windowId, Forms.SlotsForm form) {
        FieldErrors errors = validator.validate(form);
        record Slot(Integer order, LocalTime time) {
        }
        Map<Long, Slot> values = new HashMap<>();
        for (Application a : applications.findOfWindow(windowId)) {
            int row = form.rowOf(a.id());
            String order = form.orderAt(row);
            String time = form.timeAt(row);
            String orderField = "slotOrder" + a.id();
            String timeField = "slotTime" + a.id();
            if (order != null && !order.matches(Inputs.INTEGER)) {
                errors.add(orderField, "core.error.number");
            }
            if (time != null && !time.matches(Inputs.TIME)) {
                errors.add(timeField, "sub.error.time");
            }
            values.put(a.id(), new Slot(Inputs.integer(errors, orderField, order, 1, 99),
                    Inputs.time(errors, timeField, time)));
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        values.forEach((id, slot) -> applications.setSlot(id, windowId, slot.order(), slot.time()));
        audit.record(staffId, "sub.audit.runningOrderSet", "sub.audit.target.window", String.valueOf(windowId), null);
    }
}
