package kyodo.events.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.events.EventCategory;
import kyodo.events.EventStatus;
import kyodo.events.internal.AttendanceService;
import kyodo.events.internal.EventDetails;
import kyodo.events.internal.EventImages;
import kyodo.events.internal.EventInput;
import kyodo.events.internal.EventService;
import kyodo.events.internal.ReportService;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Staff and coordinators create, edit, publish, cancel and postpone events. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
class EventAdminController {

    private static final int PAGE_SIZE = 50;

    private final EventService events;
    private final AttendanceService attendance;
    private final ReportService reports;

    private final EventImages images;
    private final kyodo.core.CityClock clock;

    EventAdminController(EventService events, AttendanceService attendance, ReportService reports, EventImages images,
                         kyodo.core.CityClock clock) {
        this.clock = clock;
        this.events = events;
        this.attendance = attendance;
        this.reports = reports;
        this.images = images;
    }

    private static long actor(Authentication authentication) {
        return Long.parseLong(authentication.getName());
    }

    @Get
    HttpResponse<?> list(@Nullable @QueryValue Integer page) {
        int p = page == null ? 1 : page;
        long total = events.countAll();
        return Pages.page("events/admin/list", Map.of("events", events.forStaff(p, PAGE_SIZE), "page", p,
                "pages", (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE), "total", total, "now", clock.now()));
    }

    @Get("/new")
    HttpResponse<?> newForm() {
        return Pages.page("events/admin/form", formModel(EventInput.empty(), null));
    }

    private static Map<String, Object> formModel(EventInput form, Long id) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("id", id == null ? "" : id.toString());
        model.put("categories", EventCategory.values());
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body EventInput form, Authentication authentication) {
        try {
            long id = events.create(form, actor(authentication));
            return Pages.redirect("/admin/events/" + id + "?saved=1");
        } catch (FormInvalidException e) {
            return Pages.invalid("events/admin/form", formModel(form, null), e.errors());
        }
    }

    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(long id, @Nullable @QueryValue String saved, Authentication authentication) {
        return Pages.page("events/admin/show", showModel(id, saved == null ? "" : "evt.admin.saved", authentication));
    }

    private Map<String, Object> showModel(long id, String notice, Authentication authentication) {
        EventDetails details = events.details(id, true);
        Map<String, Object> model = new HashMap<>();
        model.put("d", details);
        model.put("e", details.event());
        model.put("report", reports.event(id));
        model.put("now", clock.now());
        model.put("notice", notice);
        model.put("statusForm", new StatusForm(""));
        model.put("image", images.shown(id).orElse(null));
        model.put("imageAlt", "");
        model.put("errors", FieldErrors.none());
        model.put("course", details.event().course() ? attendance.course(id, actor(authentication)) : List.of());
        return model;
    }

    @Get("/{id:[0-9]+}/edit")
    HttpResponse<?> editForm(long id) {
        EventDetails d = events.details(id, true);
        return Pages.page("events/admin/form", formModel(EventInput.of(d.event(), d.sessions()), id));
    }

    @Post("/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(long id, @Body EventInput form, Authentication authentication) {
        try {
            events.update(id, form, actor(authentication));
            return Pages.redirect("/admin/events/" + id + "?saved=1");
        } catch (FormInvalidException e) {
            return Pages.invalid("events/admin/form", formModel(form, id), e.errors());
        }
    }

    @Post("/{id:[0-9]+}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(long id, Authentication authentication) {
        try {
            events.publish(id, actor(authentication));
            return Pages.redirect("/admin/events/" + id + "?saved=1");
        } catch (FormInvalidException e) {
            return Pages.invalid("events/admin/show", showModel(id, "", authentication), e.errors());
        }
    }

    @Post("/{id:[0-9]+}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(long id, @Body StatusForm form, Authentication authentication) {
        return changeStatus(id, EventStatus.CANCELLED, form, authentication);
    }

    @Post("/{id:[0-9]+}/postpone")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> postpone(long id, @Body StatusForm form, Authentication authentication) {
        return changeStatus(id, EventStatus.POSTPONED, form, authentication);
    }

    private HttpResponse<?> changeStatus(long id, EventStatus target, StatusForm form, Authentication authentication) {
        try {
            events.changeStatus(id, target, form.eventStatusNote(), actor(authentication));
            return Pages.redirect("/admin/events/" + id + "?saved=1");
        } catch (FormInvalidException e) {
            Map<String, Object> model = showModel(id, "", authentication);
            model.put("statusForm", form);
            return Pages.invalid("events/admin/show", model, e.errors());
        }
    }

    /** Adds or replaces the event's image; the text typed is kept when the file is refused. */
    @Post(value = "/{id:[0-9]+}/image", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> uploadImage(long id, @Nullable @Part("eventImage") CompletedFileUpload eventImage,
                                @Nullable @Part("eventImageAlt") String eventImageAlt, Authentication authentication)
            throws IOException {
        try {
            images.save(id, eventImage == null ? null : eventImage.getFilename(),
                    eventImage == null ? null : eventImage.getBytes(), eventImageAlt);
            return Pages.redirect("/admin/events/" + id + "?saved=1");
        } catch (FormInvalidException e) {
            Map<String, Object> model = showModel(id, "", authentication);
            model.put("imageAlt", eventImageAlt == null ? "" : eventImageAlt);
            return Pages.invalid("events/admin/show", model, e.errors());
        }
    }

    @Post("/{id:[0-9]+}/image/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeImage(long id) {
        images.remove(id);
        return Pages.redirect("/admin/events/" + id + "?saved=1");
    }
}
