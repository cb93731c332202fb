package kyodo.events.web;

import kyodo.core.CityClock;
import kyodo.core.FreshCopies;
import kyodo.core.SharedPage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
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
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.events.EventCategory;
import kyodo.events.internal.EventDetails;
import kyodo.events.internal.EventImages;
import kyodo.events.internal.EventPermissions;
import kyodo.events.internal.EventService;
import kyodo.events.internal.RegistrationService;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Citizens browse events, register (or join the waitlist), see and cancel their registrations. */
@Produces(MediaType.TEXT_HTML)
@Controller
class EventController {

    private static final int PAGE_SIZE = 20;

    private final EventService events;
    private final RegistrationService registrations;
    private final EventImages images;
    private final CityClock clock;
    private final EventPermissions permissions;
    /** The list's search is the same for everyone: signed-in visitors share its copy too. */
    private final java.util.function.Function<ListQuery, EventService.SearchResult> searches;

    EventController(EventService events, RegistrationService registrations,
                    EventImages images, CityClock clock, EventPermissions permissions, FreshCopies copies) {
        this.events = events;
        this.registrations = registrations;
        this.images = images;
        this.clock = clock;
        this.permissions = permissions;
        this.searches = copies.keep(q -> events.search(q.month(), q.category(), q.mode(), q.q(), q.page(), PAGE_SIZE), 500);
    }

    /** The filters of the list as asked, made safe: unknown values mean "all", a bad page number the first. */
    record ListQuery(String month, String category, String mode, String q, int page) {
        static ListQuery of(HttpRequest<?> request) {
            var params = request.getParameters();
            String month = params.getFirst("month").orElse("");
            String category = params.getFirst("category").filter(c -> EventCategory.parse(c) != null).orElse("");
            String mode = params.getFirst("mode").filter(m -> "online".equals(m) || "venue".equals(m)).orElse("");
            String q = params.getFirst("q").map(String::strip).orElse("");
            int page = params.getFirst("page").filter(p -> p.matches("[1-9][0-9]{0,5}")).map(Integer::parseInt).orElse(1);
            return new ListQuery(month, category, mode, q, page);
        }
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @SharedPage
    @Get("/events")
    HttpResponse<?> list(HttpRequest<?> request) {
        return Pages.page("events/list", listModel(ListQuery.of(request)));
    }

    private Map<String, Object> listModel(ListQuery query) {
        var result = searches.apply(query);
        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        model.put("month", query.month());
        model.put("category", query.category());
        model.put("mode", query.mode());
        model.put("q", query.q());
        model.put("categories", EventCategory.values());
        model.put("months", months());
        model.put("now", clock.now());
        return model;
    }

    /** This month and the next eleven, for the month filter. */
    private List<YearMonth> months() {
        List<YearMonth> list = new ArrayList<>();
        YearMonth m = YearMonth.from(clock.today());
        for (int i = 0; i < 12; i++) {
            list.add(m.plusMonths(i));
        }
        return list;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @SharedPage
    @Get("/events/{id:[0-9]+}")
    HttpResponse<?> show(long id, @Nullable Authentication authentication) {
        return Pages.page("events/detail", detailModel(id, authentication, RegisterForm.empty()));
    }

    private Map<String, Object> detailModel(long id, Authentication authentication, RegisterForm form) {
        EventDetails details = events.details(id, false);
        Map<String, Object> model = new HashMap<>();
        model.put("d", details);
        model.put("e", details.event());
        model.put("image", images.shown(id).orElse(null));
        model.put("now", clock.now());
        model.put("form", form);
        model.put("errors", FieldErrors.none());
        model.put("mine", authentication == null ? null
                : registrations.mine(id, Long.parseLong(authentication.getName()), details).orElse(null));
        return model;
    }

    /** The event's image; staff and coordinators also get the image of a draft. */
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/events/{id:[0-9]+}/image")
    @Produces({"image/png", "image/jpeg"})
    HttpResponse<?> image(long id, @Nullable Authentication authentication) {
        return images.forVisitor(id, permissions.canSeeDrafts(Viewer.orNull(authentication)))
                .<HttpResponse<?>>map(i -> HttpResponse.ok(i.content()).contentType(i.contentType())
                        // The address changes with each upload (see EventImages.Shown), so a browser may keep it.
                        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400"))
                .orElse(HttpResponse.notFound());
    }

    /**
     * 入力内容の確認: the form's values checked as the registration will check them, shown with the two ways on
     * (register, or back to the form); they travel as hidden fields and are checked again by {@link #register}.
     */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/events/{id:[0-9]+}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(long id, @Body RegisterForm form, Authentication authentication) {
        long accountId = Long.parseLong(authentication.getName());
        try {
            RegistrationService.Checked checked = registrations.check(id, accountId, request(form));
            if (checked.registered()) {
                return Pages.redirect("/events/" + id + "/registration");
            }
            EventDetails details = events.details(id, false);
            return Pages.page("events/confirm", Map.of("d", details, "e", details.event(), "form", form,
                    "checked", checked, "errors", FieldErrors.none()));
        } catch (FormInvalidException e) {
            return Pages.invalid("events/detail", detailModel(id, authentication, form), e.errors());
        }
    }

    /** 修正する: back to the form on the event page with everything as it was typed. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/events/{id:[0-9]+}/revise")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revise(long id, @Body RegisterForm form, Authentication authentication) {
        return Pages.page("events/detail", detailModel(id, authentication, form));
    }

    private static RegistrationService.Request request(RegisterForm form) {
        return new RegistrationService.Request(form.eventCompanions(), form.answers());
    }

    /** The registration itself, sent from the confirmation page: checked again, seats decided under the event's lock. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/events/{id:[0-9]+}/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(long id, @Body RegisterForm form, Authentication authentication) {
        long accountId = Long.parseLong(authentication.getName());
        try {
            registrations.register(id, accountId, request(form));
            return Pages.redirect("/events/" + id + "/registration");
        } catch (FormInvalidException e) {
            return Pages.invalid("events/detail", detailModel(id, authentication, form), e.errors());
        }
    }

    /** The confirmation page: confirmed, or the place on the waitlist. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/events/{id:[0-9]+}/registration")
    HttpResponse<?> registration(long id, Authentication authentication) {
        EventDetails details = events.details(id, false);
        var mine = registrations.mine(id, Long.parseLong(authentication.getName()), details);
        if (mine.isEmpty()) {
            return Pages.redirect("/events/" + id);
        }
        return Pages.page("events/registration", Map.of("d", details, "e", details.event(), "mine", mine.get(),
                "errors", FieldErrors.none()));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/events/{id:[0-9]+}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(long id, Authentication authentication) {
        try {
            registrations.cancel(id, Long.parseLong(authentication.getName()));
            return Pages.redirect("/my/events?cancelled=" + id);
        } catch (FormInvalidException e) {
            return Pages.invalid("events/detail", detailModel(id, authentication, RegisterForm.empty()), e.errors());
        }
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/my/events")
    HttpResponse<?> mine(Authentication authentication, @Nullable @QueryValue String cancelled) {
        var all = registrations.allMine(Long.parseLong(authentication.getName()), events);
        return Pages.page("events/mine", Map.of("registrations", all, "cancelled", cancelled != null,
                "now", clock.now()));
    }
}
