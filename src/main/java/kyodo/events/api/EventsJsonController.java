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
import io.micronaut.openapi.annotation.OpenAPIGroup;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import kyodo.core.ApiPage;
import kyodo.core.ApiProblems;
import kyodo.core.ApiResponses;
import kyodo.core.CityClock;
import kyodo.core.FormInvalidException;
import kyodo.core.Viewer;
import kyodo.events.EventCategory;
import kyodo.events.internal.Event;
import kyodo.events.internal.EventDetails;
import kyodo.events.internal.EventService;
import kyodo.events.internal.Registration;
import kyodo.events.internal.RegistrationService;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The events part of the JSON API (described in /api/v1/openapi.yml): event data for anyone, registering and
 * cancelling for the signed-in person (a personal access token, or the login cookie with the X-CSRF-TOKEN
 * header on writes), through the same services and rules as the pages. Errors are problem details (RFC 9457).
 */
@OpenAPIGroup("api")
@Controller("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
class EventsJsonController {

    private static final String EVENT_EXAMPLE = """
            {"id":12,"title":"Starting a citizen activity","titleKana":"HAJIMETE NO SHIMIN KATSUDO KOZA","category":"SEMINAR",\
            "status":"PUBLISHED","description":"How to start a citizen activity.","organizer":"Citizen activity support center",\
            "lecturer":null,"targetAudience":"Anyone","fee":0,"feeNote":null,"venueName":"Support center, room A",\
            "venueAddress":null,"online":false,"capacity":30,"seatsLeft":12,"full":false,"maxCompanions":1,\
            "registrationOpensAt":"2026-11-01T09:00:00+09:00","registrationClosesAt":"2026-12-10T17:00:00+09:00",\
            "questions":[],"sessions":[{"number":1,"date":"2026-12-12","start":"10:00:00","end":"12:00:00",\
            "startsAt":"2026-12-12T10:00:00+09:00","endsAt":"2026-12-12T12:00:00+09:00"}],"url":"/events/12"}""";
    private static final String SESSION_EXAMPLE = """
            {"number":1,"date":"2026-12-12","start":"10:00:00","end":"12:00:00","startsAt":"2026-12-12T10:00:00+09:00","endsAt":"2026-12-12T12:00:00+09:00"}""";
    private static final String REGISTRATION_EXAMPLE = """
            {"eventId":12,"eventTitle":"Starting a citizen activity","status":"CONFIRMED","companions":0,"waitlistPosition":null,"onlineUrl":null}""";
    /** The registration service checks fields under the page form's names; the API request has its own. */
    private static final Map<String, String> FIELD_NAMES = Map.of("eventCompanions", "companions");

    @Serdeable
    @Schema(name = "EventSession", example = SESSION_EXAMPLE)
    record SessionJson(@Schema(example = "1", requiredMode = Schema.RequiredMode.REQUIRED) int number, LocalDate date, LocalTime start, LocalTime end,
                       @Schema(description = "The start with the city's offset (RFC 3339).", example = "2026-12-12T10:00:00+09:00", requiredMode = Schema.RequiredMode.REQUIRED) OffsetDateTime startsAt,
                       @Schema(description = "The end with the city's offset (RFC 3339).", example = "2026-12-12T12:00:00+09:00", requiredMode = Schema.RequiredMode.REQUIRED) OffsetDateTime endsAt) {
    }

    @Serdeable
    @Schema(name = "Event", example = EVENT_EXAMPLE)
    record EventJson(long id, String title, @Nullable String titleKana,
                     @Schema(description = "SEMINAR, WORKSHOP, ...", requiredMode = Schema.RequiredMode.REQUIRED) String category, String status,
                     @Nullable String description, @Nullable String organizer, @Nullable String lecturer,
                     @Nullable String targetAudience, @Schema(description = "The fee in yen; 0 when free.", requiredMode = Schema.RequiredMode.REQUIRED) int fee,
                     @Nullable String feeNote, @Nullable String venueName,
                     @Nullable String venueAddress, boolean online, int capacity, int seatsLeft, boolean full,
                     int maxCompanions,
                     @Schema(example = "2026-11-01T09:00:00+09:00", requiredMode = Schema.RequiredMode.REQUIRED) OffsetDateTime registrationOpensAt,
                     @Schema(example = "2026-12-10T17:00:00+09:00", requiredMode = Schema.RequiredMode.REQUIRED) OffsetDateTime registrationClosesAt,
                     @Schema(description = "The questions asked on registering, in order; empty when none.", requiredMode = Schema.RequiredMode.REQUIRED) List<String> questions,
                     List<SessionJson> sessions, @Schema(description = "The event's page on the portal.", requiredMode = Schema.RequiredMode.REQUIRED) String url) {
    }

    @Serdeable
    @Schema(name = "RegistrationRequest", example = "{\"companions\":1,\"answers\":[\"yes\"]}")
    record RegistrationRequest(@Schema(description = "People coming along; 0 when omitted.") @Nullable Integer companions,
                               @Schema(description = "Answers to the event's questions, in their order; blank for none.") @Nullable List<String> answers) {
    }

    @Serdeable
    @Schema(name = "Registration", example = REGISTRATION_EXAMPLE)
    record RegistrationJson(long eventId, String eventTitle,
                            @Schema(description = "CONFIRMED, WAITLISTED, ...", requiredMode = Schema.RequiredMode.REQUIRED) String status, int companions,
                            @Schema(description = "The place on the waiting list, when waitlisted.") @Nullable Integer waitlistPosition,
                            @Schema(description = "The link of an online event, once confirmed.") @Nullable String onlineUrl) {
    }

    private final EventService events;
    private final RegistrationService registrations;
    private final ApiProblems problems;
    private final CityClock clock;

    EventsJsonController(EventService events, RegistrationService registrations, ApiProblems problems, CityClock clock) {
        this.events = events;
        this.registrations = registrations;
        this.problems = problems;
        this.clock = clock;
    }

    @Operation(operationId = "listEvents", summary = "Published events from today (or in a month), by category, mode and text.")
    @ApiResponse(responseCode = "200", description = "One page of events.")
    @ApiResponses.Public
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/events")
    ApiPage<EventJson> listEvents(@Parameter(description = "yyyy-MM: only this month", example = "2026-12") @Nullable @QueryValue String month,
                                  @Parameter(description = "A category code, such as SEMINAR") @Nullable @QueryValue String category,
                                  @Parameter(description = "online or offline") @Nullable @QueryValue String mode,
                                  @Parameter(description = "Words in the title, description or venue") @Nullable @QueryValue String q,
                                  @Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                  @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int p = ApiPage.page(page);
        int s = ApiPage.size(size);
        String c = EventCategory.parse(category) == null ? "" : category;
        var result = events.search(month, c, mode, q, p, s);
        return ApiPage.of(result.events().stream().map(this::json).toList(), result.total(), p, s);
    }

    @Operation(operationId = "getEvent", summary = "One published event.")
    @ApiResponse(responseCode = "200", description = "The event.")
    @ApiResponses.Public
    @ApiResponses.NotFound
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/events/{id:[0-9]+}")
    EventJson getEvent(@Parameter(description = "The event's id", example = "12") long id) {
        return json(events.details(id, false));
    }

    @Operation(operationId = "registerForEvent", summary = "Registers the signed-in person (confirmed, or on the waiting list when full).",
            security = {@SecurityRequirement(name = "bearerToken"), @SecurityRequirement(name = "loginCookie")})
    @ApiResponse(responseCode = "201", description = "Registered.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistrationJson.class)))
    @ApiResponses.Public
    @ApiResponses.Write
    @ApiResponses.NotFound
    @ApiResponses.Invalid
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/events/{id:[0-9]+}/registration")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<RegistrationJson> registerForEvent(@Parameter(description = "The event's id", example = "12") long id,
                                                    @Body RegistrationRequest body, Authentication authentication, HttpRequest<?> request) {
        long accountId = Viewer.of(authentication).accountId();
        List<String> answers = body.answers() == null ? List.of() : new ArrayList<>(body.answers());
        try {
            // Answered from what the registering transaction saw, with no reads after it.
            RegistrationService.Registered registered = registrations.registerAndPlace(id, accountId, new RegistrationService.Request(
                    body.companions() == null ? "0" : body.companions().toString(), answers));
            return HttpResponse.created(json(registered.registration(), registered.event(), registered.waitlistPosition()));
        } catch (FormInvalidException e) {
            return invalid(request, e);
        }
    }

    @Operation(operationId = "getMyRegistration", summary = "The signed-in person's registration for one event.",
            security = {@SecurityRequirement(name = "bearerToken"), @SecurityRequirement(name = "loginCookie")})
    @ApiResponse(responseCode = "200", description = "The registration.")
    @ApiResponses.Public
    @ApiResponses.NotFound
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/events/{id:[0-9]+}/registration")
    HttpResponse<RegistrationJson> getMyRegistration(@Parameter(description = "The event's id", example = "12") long id,
                                                     Authentication authentication) {
        RegistrationJson mine = mine(id, Viewer.of(authentication).accountId());
        return mine == null ? HttpResponse.notFound() : HttpResponse.ok(mine);
    }

    @Operation(operationId = "cancelMyRegistration", summary = "Cancels the signed-in person's registration (the first waiting moves up).",
            security = {@SecurityRequirement(name = "bearerToken"), @SecurityRequirement(name = "loginCookie")})
    @ApiResponse(responseCode = "204", description = "Cancelled.")
    @ApiResponses.Public
    @ApiResponses.Write
    @ApiResponses.NotFound
    @ApiResponses.Invalid
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Delete("/events/{id:[0-9]+}/registration")
    HttpResponse<?> cancelMyRegistration(@Parameter(description = "The event's id", example = "12") long id,
                                         Authentication authentication, HttpRequest<?> request) {
        try {
            events.details(id, false);
            registrations.cancel(id, Viewer.of(authentication).accountId());
            return HttpResponse.noContent();
        } catch (FormInvalidException e) {
            return invalid(request, e);
        }
    }

    @Operation(operationId = "listMyRegistrations", summary = "Every registration of the signed-in person, newest event first.",
            security = {@SecurityRequirement(name = "bearerToken"), @SecurityRequirement(name = "loginCookie")})
    @ApiResponse(responseCode = "200", description = "One page of registrations.")
    @ApiResponses.Public
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/me/registrations")
    ApiPage<RegistrationJson> listMyRegistrations(@Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                                  @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size,
                                                  Authentication authentication) {
        int p = ApiPage.page(page);
        int s = ApiPage.size(size);
        List<RegistrationJson> all = registrations.allMine(Viewer.of(authentication).accountId(), events).stream()
                .map(m -> json(m.registration(), m.event().event(), m.position())).toList();
        return ApiPage.slice(all, p, s);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private HttpResponse invalid(HttpRequest<?> request, FormInvalidException e) {
        return problems.invalid(request, e.errors(), fieldNames(e));
    }

    /** The registration form's answer fields (answer1, answer2 ...) are the API's answers[0], answers[1] ... */
    private static Map<String, String> fieldNames(FormInvalidException e) {
        Map<String, String> names = new java.util.HashMap<>(FIELD_NAMES);
        e.errors().all().keySet().stream().filter(f -> f.matches("answer\\d+"))
                .forEach(f -> names.put(f, "answers[" + (Integer.parseInt(f.substring(6)) - 1) + "]"));
        return names;
    }

    private RegistrationJson mine(long eventId, long accountId) {
        EventDetails d = events.details(eventId, false);
        return registrations.mine(eventId, accountId, d).map(m -> json(m.registration(), d.event(), m.position())).orElse(null);
    }

    private static RegistrationJson json(Registration r, Event e, int position) {
        return new RegistrationJson(e.id(), e.title(), r.status(), r.companions(), r.waitlisted() ? position : null,
                r.confirmed() && e.online() ? e.onlineUrl() : null);
    }

    EventJson json(EventDetails d) {
        Event e = d.event();
        return new EventJson(e.id(), e.title(), e.titleKana(), e.category(), e.status(), e.description(), e.organizer(),
                e.lecturer(), e.targetAudience(), e.fee() == null ? 0 : e.fee(), e.feeNote(), e.venueName(),
                e.venueAddress(), e.online(), e.capacity(), d.seatsLeft(), d.full(), e.maxCompanions(),
                clock.withOffset(e.registrationOpensAt()), clock.withOffset(e.registrationClosesAt()),
                e.questionList().stream().map(q -> q.text()).toList(),
                d.sessions().stream().map(s -> new SessionJson(s.seq(), s.day(), s.startTime(), s.endTime(),
                        clock.withOffset(s.day().atTime(s.startTime())), clock.withOffset(s.day().atTime(s.endTime())))).toList(),
                "/events/" + e.id());
    }
}
