package kyodo.points.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.CityClock;
import kyodo.core.Choice;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.directory.GroupSummary;
import kyodo.points.internal.ActivityForm;
import kyodo.points.internal.ActivityService;
import kyodo.points.internal.BookletLinks;
import kyodo.points.internal.HostService;
import kyodo.points.internal.RejectForm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Host facilities: their representatives confirm the activities volunteers recorded, and record
 * today's activity of a volunteer whose booklet QR code they scanned.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/points")
@Secured(SecurityRule.IS_AUTHENTICATED)
class HostController {

    private final ActivityService activities;
    private final HostService hosts;
    private final BookletLinks links;
    private final AccountsApi accounts;
    private final CityClock clock;

    HostController(ActivityService activities, HostService hosts, BookletLinks links, AccountsApi accounts, CityClock clock) {
        this.activities = activities;
        this.hosts = hosts;
        this.links = links;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Get("/host")
    HttpResponse<?> toConfirm(@io.micronaut.core.annotation.Nullable @io.micronaut.http.annotation.QueryValue String done,
                              Authentication auth) {
        String notice = done == null || !done.matches("[a-z]{1,20}") ? null : "pts.done." + done;
        return Pages.page("points/host", hostModel(Viewer.of(auth).accountId(), notice));
    }

    private Map<String, Object> hostModel(long me, String done) {
        List<GroupSummary> mine = hosts.representedBy(me);
        var open = activities.toConfirm(mine.stream().map(GroupSummary::id).toList());
        Map<Long, AccountSummary> people = open.isEmpty() ? Map.of() : accounts.findAll(open.stream()
                .map(a -> a.volunteerId()).distinct().toList()).stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        Map<String, Object> model = new HashMap<>();
        model.put("hosts", mine);
        model.put("hostNames", mine.stream().collect(Collectors.toMap(g -> g.id(), GroupSummary::name)));
        model.put("open", open);
        model.put("people", people);
        model.put("done", done);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/host/activities/{id:[0-9]+}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(long id, Authentication auth) {
        long me = Viewer.of(auth).accountId();
        try {
            activities.confirmByHost(id, me);
            return Pages.redirect("/points/host?done=confirmed");
        } catch (FormInvalidException e) {
            return Pages.invalid("points/host", hostModel(me, null), e.errors());
        }
    }

    @Post("/host/activities/{id:[0-9]+}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reject(long id, @Body RejectForm form, Authentication auth) {
        long me = Viewer.of(auth).accountId();
        try {
            activities.reject(id, me, false, form.rejectReason());
            return Pages.redirect("/points/host?done=rejected");
        } catch (FormInvalidException e) {
            return Pages.invalid("points/host", hostModel(me, null), e.errors());
        }
    }

    /** Opened from the QR code of a booklet: the host records today's activity of that volunteer. */
    @Get("/confirm/{token}")
    HttpResponse<?> scanned(String token, Authentication auth) {
        return page(token, Viewer.of(auth).accountId(), null, FieldErrors.none());
    }

    @Post("/confirm/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> record(String token, @Body ActivityForm form, Authentication auth) {
        long me = Viewer.of(auth).accountId();
        BookletLinks.Reading reading = links.read(token);
        if (!reading.valid()) {
            return page(token, me, form, FieldErrors.of(FieldErrors.FORM, reading.problemKey()));
        }
        // The day is today: the link is for recording the activity on the spot.
        ActivityForm today = new ActivityForm(form.hostGroupId(), clock.today().toString(), form.hours(), form.description());
        try {
            activities.recordByHost(me, reading.volunteerId(), today);
            return Pages.redirect("/points/host?done=recorded");
        } catch (FormInvalidException e) {
            return page(token, me, form, e.errors());
        }
    }

    private HttpResponse<?> page(String token, long me, ActivityForm form, FieldErrors errors) {
        BookletLinks.Reading reading = links.read(token);
        List<GroupSummary> mine = hosts.representedBy(me);
        Map<String, Object> model = new HashMap<>();
        model.put("token", token);
        model.put("reading", reading);
        model.put("volunteer", reading.valid() ? accounts.find(reading.volunteerId()).orElse(null) : null);
        model.put("hosts", mine.stream().map(g -> Choice.named(Long.toString(g.id()), g.name())).toList());
        model.put("isHost", !mine.isEmpty());
        model.put("form", form != null ? form : new ActivityForm(mine.size() == 1 ? Long.toString(mine.get(0).id()) : "",
                clock.today().toString(), "", ""));
        model.put("today", clock.today());
        model.put("errors", errors);
        if (!reading.valid() && !errors.has(FieldErrors.FORM)) {
            errors.add(FieldErrors.FORM, reading.problemKey());
        } else if (mine.isEmpty() && !errors.has(FieldErrors.FORM)) {
            errors.add(FieldErrors.FORM, "pts.error.notHost");
        }
        boolean refused = !reading.valid() || mine.isEmpty();
        return refused || errors.hasErrors() ? Pages.invalid("points/confirm", model, errors) : Pages.page("points/confirm", model);
    }
}
