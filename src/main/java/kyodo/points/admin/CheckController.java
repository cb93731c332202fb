package kyodo.points.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;
import kyodo.points.internal.Activity;
import kyodo.points.internal.ActivityService;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Coordinators: the activities hosts confirmed, oldest first with their age; checking one posts its points. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/points/checks")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CheckController {

    /** A line of the queue. */
    public record Line(Activity activity, String volunteer, String host, long daysWaiting) {
    }

    private final ActivityService activities;
    private final AccountsApi accounts;
    private final DirectoryApi directory;
    private final CityClock clock;

    CheckController(ActivityService activities, AccountsApi accounts, DirectoryApi directory, CityClock clock) {
        this.activities = activities;
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> queue(@Nullable @QueryValue String done) {
        return Pages.page("points/admin/checks", model(done == null || !done.matches("[a-z]{1,20}") ? null : "pts.done." + done));
    }

    private Map<String, Object> model(String done) {
        List<Activity> open = activities.toCheck(200);
        Map<Long, String> people = open.isEmpty() ? Map.of() : accounts.findAll(open.stream().map(Activity::volunteerId)
                .distinct().toList()).stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        Map<Long, String> hosts = open.isEmpty() ? Map.of() : directory.findGroups(open.stream().map(Activity::hostGroupId)
                .distinct().toList()).stream().collect(Collectors.toMap(GroupSummary::id, GroupSummary::name));
        Map<String, Object> model = new HashMap<>();
        model.put("lines", open.stream().map(a -> new Line(a, people.getOrDefault(a.volunteerId(), "—"),
                hosts.getOrDefault(a.hostGroupId(), "—"),
                ChronoUnit.DAYS.between(a.hostConfirmedAt().toLocalDate(), clock.today()))).toList());
        model.put("done", done);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/{id:[0-9]+}/post")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> post(long id, Authentication auth) {
        try {
            activities.post(id, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/points/checks?done=posted");
        } catch (FormInvalidException e) {
            return Pages.invalid("points/admin/checks", model(null), e.errors());
        }
    }

    @Post("/{id:[0-9]+}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reject(long id, @Body kyodo.points.internal.RejectForm form, Authentication auth) {
        try {
            activities.reject(id, Viewer.of(auth).accountId(), true, form.rejectReason());
            return Pages.redirect("/admin/points/checks?done=rejected");
        } catch (FormInvalidException e) {
            return Pages.invalid("points/admin/checks", model(null), e.errors());
        }
    }
}
