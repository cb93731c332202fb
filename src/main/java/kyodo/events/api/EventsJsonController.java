package kyodo.events.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.openapi.annotation.OpenAPIGroup;
import io.micronaut.serde.annotation.Serdeable;
import kyodo.core.ApiProblems;
import kyodo.core.FormInvalidException;
import kyodo.events.EventCategory;
import kyodo.events.internal.Event;
import kyodo.events.internal.EventDetails;
import kyodo.events.internal.EventService;
import kyodo.events.internal.Registration;
import kyodo.events.internal.RegistrationService;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The public JSON API (described in /api/v1/openapi.yml): event data for anyone, registering and
 * cancelling for the signed-in person (same login cookie; writes send the X-CSRF-TOKEN header).
 * Errors are problem details (RFC 9457).
 */
@OpenAPIGroup("api")
@Controller("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
class EventsJsonController {

    @Serdeable
    record SessionJson(int number, LocalDate date, LocalTime start, LocalTime end) {
    }

    @Serdeable
    record EventJson(long id, String title, @Nullable String titleKana, String category, String status,
                     @Nullable String description, @Nullable String organizer, @Nullable String lecturer,
                     @Nullable String targetAudience, int fee, @Nullable String feeNote, @Nullable String venueName,
                     @Nullable String venueAddress, boolean online, int capacity, int seatsLeft, boolean full,
                     int maxCompanions, LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt,
                     List<String> questions, List<SessionJson> sessions, String url) {
    }

    @Serdeable
    record EventPage(long total, int page, int pages, List<EventJson> events) {
    }

    @Serdeable
    record RegistrationRequest(@Nullable Integer companions, @Nullable List<String> answers) {
    }

    @Serdeable
    record RegistrationJson(long eventId, String eventTitle, String status, int companions,
                            @Nullable Integer waitlistPosition, @Nullable String onlineUrl) {
    }

    private final EventService events;
    private final RegistrationService registrations;
    private final ApiProblems problems;

    EventsJsonController(EventService events, RegistrationService registrations, ApiProblems problems) {
        this.events = events;
        this.registrations = registrations;
        this.problems = problems;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/events")
    EventPage list(@Nullable @QueryValue String month, @Nullable @QueryValue String category,
                   @Nullable @QueryValue String mode, @Nullable @QueryValue String q, @Nullable @QueryValue Integer page) {
        String c = EventCategory.parse(category) == null ? "" : category;
        var result = events.search(month, c, mode, q, page == null ? 1 : page, 50);
        return new EventPage(result.total(), result.page(), result.pages(), result.events().stream().map(EventsJsonController::json).toList());
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/events/{id:[0-9]+}")
    EventJson show(long id) {
        return json(events.details(id, false));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/events/{id:[0-9]+}/registration")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<?> register(long id, @Body RegistrationRequest body, Authentication authentication, HttpRequest<?> request) {
        long accountId = Long.parseLong(authentication.getName());
        try {
            registrations.register(id, accountId, new RegistrationService.Request(
                    body.companions() == null ? "0" : body.companions().toString(),
                    body.answers() == null ? List.of() : body.answers()));
            return HttpResponse.created(mine(id, accountId));
        } catch (FormInvalidException e) {
            return problems.invalid(request, e.errors());
        }
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/events/{id:[0-9]+}/registration")
    HttpResponse<?> registration(long id, Authentication authentication) {
        RegistrationJson mine = mine(id, Long.parseLong(authentication.getName()));
        return mine == null ? HttpResponse.notFound() : HttpResponse.ok(mine);
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Delete("/events/{id:[0-9]+}/registration")
    HttpResponse<?> cancel(long id, Authentication authentication, HttpRequest<?> request) {
        try {
            registrations.cancel(id, Long.parseLong(authentication.getName()));
            return HttpResponse.noContent();
        } catch (FormInvalidException e) {
            return problems.invalid(request, e.errors());
        }
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/me/registrations")
    List<RegistrationJson> myRegistrations(Authentication authentication) {
        return registrations.allMine(Long.parseLong(authentication.getName()), events).stream()
                .map(m -> json(m.registration(), m.event().event(), m.position())).toList();
    }

    private RegistrationJson mine(long eventId, long accountId) {
        EventDetails d = events.details(eventId, false);
        return registrations.mine(eventId, accountId, d).map(m -> json(m.registration(), d.event(), m.position())).orElse(null);
    }

    private static RegistrationJson json(Registration r, Event e, int position) {
        return new RegistrationJson(e.id(), e.title(), r.status(), r.companions(), r.waitlisted() ? position : null,
                r.confirmed() && e.online() ? e.onlineUrl() : null);
    }

    static EventJson json(EventDetails d) {
        Event e = d.event();
        return new EventJson(e.id(), e.title(), e.titleKana(), e.category(), e.status(), e.description(), e.organizer(),
                e.lecturer(), e.targetAudience(), e.fee() == null ? 0 : e.fee(), e.feeNote(), e.venueName(),
                e.venueAddress(), e.online(), e.capacity(), d.seatsLeft(), d.full(), e.maxCompanions(),
                e.registrationOpensAt(), e.registrationClosesAt(),
                e.questionList().stream().map(q -> q.text()).toList(),
                d.sessions().stream().map(s -> new SessionJson(s.seq(), s.day(), s.startTime(), s.endTime())).toList(),
                "/events/" + e.id());
    }
}
