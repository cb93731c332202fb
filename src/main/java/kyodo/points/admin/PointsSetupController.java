package kyodo.points.admin;

import io.micronaut.core.annotation.Introspected;
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
import io.micronaut.serde.annotation.Serdeable;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormText;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.directory.DirectoryApi;
import kyodo.points.internal.BookletService;
import kyodo.points.internal.EventSettingService;
import kyodo.points.internal.HostService;

import java.util.HashMap;
import java.util.Map;

/** Staff: host facilities, which events earn points, and manual adjustments with a reason. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/points")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PointsSetupController {

    @Introspected
    @Serdeable
    record HostForm(@Nullable String groupId) {
    }

    @Introspected
    @Serdeable
    record EventForm(@Nullable String earns, @Nullable String fixedPoints) {
    }

    @Introspected
    @Serdeable
    record AdjustForm(@Nullable String email, @Nullable String fiscalYear, @Nullable String adjustPoints,
                      @Nullable String adjustReason) {
    }

    private final HostService hosts;
    private final EventSettingService events;
    private final BookletService booklets;
    private final DirectoryApi directory;
    private final AccountsApi accounts;
    private final CityClock clock;

    PointsSetupController(HostService hosts, EventSettingService events, BookletService booklets, DirectoryApi directory,
                          AccountsApi accounts, CityClock clock) {
        this.hosts = hosts;
        this.events = events;
        this.booklets = booklets;
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Get("/hosts")
    HttpResponse<?> hosts(@Nullable @QueryValue String q) {
        return Pages.page("points/admin/hosts", hostModel(q));
    }

    private Map<String, Object> hostModel(String q) {
        Map<String, Object> model = new HashMap<>();
        model.put("hosts", hosts.hosts());
        model.put("q", q == null ? "" : q);
        model.put("candidates", q == null || q.isBlank() ? java.util.List.of() : directory.approvedGroups(q, 30));
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/hosts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> registerHost(@Body HostForm form, Authentication auth) {
        String id = FormText.ascii(form.groupId());
        try {
            if (id == null || !id.matches("\\d{1,18}")) {
                throw new FormInvalidException("groupId", "pts.error.chooseGroup");
            }
            hosts.register(Long.parseLong(id), Viewer.of(auth).accountId());
            return Pages.redirect("/admin/points/hosts");
        } catch (FormInvalidException e) {
            return Pages.invalid("points/admin/hosts", hostModel(null), e.errors());
        }
    }

    @Post("/hosts/{groupId:[0-9]+}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> endHost(long groupId, Authentication auth) {
        hosts.deactivate(groupId, Viewer.of(auth).accountId());
        return Pages.redirect("/admin/points/hosts");
    }

    @Get("/events")
    HttpResponse<?> events() {
        return Pages.page("points/admin/events", Map.of("lines", events.upcoming(), "errors", FieldErrors.none()));
    }

    @Post("/events/{eventId:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> setEvent(long eventId, @Body EventForm form, Authentication auth) {
        try {
            events.set(eventId, form.earns() != null && !form.earns().isBlank(), form.fixedPoints(), Viewer.of(auth).accountId());
            return Pages.redirect("/admin/points/events");
        } catch (FormInvalidException e) {
            return Pages.invalid("points/admin/events", Map.of("lines", events.upcoming()), e.errors());
        }
    }

    @Get("/adjust")
    HttpResponse<?> adjustForm() {
        return Pages.page("points/admin/adjust", adjustModel(new AdjustForm("", Integer.toString(clock.fiscalYear().startYear()), "", ""), null));
    }

    private Map<String, Object> adjustModel(AdjustForm form, String done) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("done", done);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/adjust")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> adjust(@Body AdjustForm form, Authentication auth) {
        try {
            FieldErrors errors = new FieldErrors();
            AccountSummary person = accounts.findByEmail(form.email() == null ? "" : form.email().strip()).orElse(null);
            if (person == null) {
                errors.add("email", "pts.error.noSuchPerson");
            }
            String year = FormText.ascii(form.fiscalYear());
            if (year == null || !year.matches("20\\d{2}")) {
                errors.add("fiscalYear", "core.error.format");
            }
            String points = FormText.ascii(form.adjustPoints());
            if (points == null || !points.matches("-?\\d{1,4}")) {
                errors.add("adjustPoints", "core.error.number");
            }
            if (errors.hasErrors()) {
                throw new FormInvalidException(errors);
            }
            booklets.adjust(person.id(), Integer.parseInt(year), Integer.parseInt(points), form.adjustReason(), Viewer.of(auth).accountId());
            return Pages.page("points/admin/adjust", adjustModel(new AdjustForm("", year, "", ""), "pts.done.adjusted"));
        } catch (FormInvalidException e) {
            return Pages.invalid("points/admin/adjust", adjustModel(form, null), e.errors());
        }
    }
}
